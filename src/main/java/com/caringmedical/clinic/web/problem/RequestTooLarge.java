package com.caringmedical.clinic.web.problem;

/** A request body is over the limit of its operation; answered 413. */
public class RequestTooLarge extends ProblemException {

    public RequestTooLarge(long limitBytes) {
        super(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + limitBytes + " bytes.");
    }
}
