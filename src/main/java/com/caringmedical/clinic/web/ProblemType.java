package com.caringmedical.clinic.web;

/**
 * The kinds of problem this API reports. The {@link #uri()} is what clients may switch on.
 */
public enum ProblemType {
    INVALID_PARAMETERS(400, "Invalid parameters"),
    MALFORMED_REQUEST(400, "Malformed request"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INTERNAL_ERROR(500, "Internal server error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return Problem.TYPE_PREFIX + name().toLowerCase().replace('_', '-');
    }
}
