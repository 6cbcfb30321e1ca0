package com.caringmedical.clinic.web.problem;

/**
 * The kinds of problem this API reports. The {@link #uri()} is what clients may switch on.
 */
public enum ProblemType {
    INVALID_PARAMETERS(400, "Invalid parameters"),
    MALFORMED_REQUEST(400, "Malformed request"),
    CHALLENGE_FAILED(400, "Challenge not solved"),
    UNAUTHORIZED(401, "Sign-in required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    ALREADY_EXISTS(409, "Already exists"),
    STATUS_CHANGE_NOT_ALLOWED(409, "Status change not allowed"),
    CONFLICT(409, "Conflicts with the current state"),
    PRECONDITION_FAILED(412, "Changed since you read it"),
    SYNC_POSITION_EXPIRED(410, "Sync position expired"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNREADABLE_IMAGE(400, "Unreadable image"),
    IMAGE_TOO_LARGE(413, "Image too large"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    PRECONDITION_REQUIRED(428, "If-Match required"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal server error"),
    BUSY(503, "Busy, try again shortly");

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
