package com.caringmedical.clinic.web.problem;

/**
 * A query or path parameter the client sent does not have an acceptable value; answered with 400.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
