package com.caringmedical.clinic.web.problem;

/**
 * The resource a client asked for does not exist; answered with 404. Resources throw it when a service returns
 * an empty {@code Optional}.
 */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String kind, Object key) {
        super("No " + kind + " '" + key + "' exists.");
    }
}
