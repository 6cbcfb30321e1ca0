package com.caringmedical.clinic.web.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A domain failure that the client caused and can act on. Feature code throws a named subclass
 * ({@code ChallengeRejected}, {@code RateLimitExceeded}); {@link ProblemMappers} turns it into a problem document.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    protected ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    protected ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** When the client may try again, for a Retry-After header. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
