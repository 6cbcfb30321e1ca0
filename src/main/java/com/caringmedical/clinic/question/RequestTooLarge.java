package com.caringmedical.clinic.question;

import com.caringmedical.clinic.web.ProblemException;
import com.caringmedical.clinic.web.ProblemType;

/** The question form's body is over the configured limit; answered 413. */
class RequestTooLarge extends ProblemException {

    RequestTooLarge(long limitBytes) {
        super(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + limitBytes + " bytes.");
    }
}
