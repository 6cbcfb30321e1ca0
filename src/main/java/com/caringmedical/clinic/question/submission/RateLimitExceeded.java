package com.caringmedical.clinic.question.submission;

import java.time.Duration;
import java.util.Optional;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** A client address sent more questions than the rate limit allows; answered 429 with Retry-After. */
class RateLimitExceeded extends ProblemException {

    private final Duration retryAfter;

    RateLimitExceeded(Duration retryAfter) {
        super(ProblemType.RATE_LIMITED, "Too many questions were sent from this address. Please try again in "
                + Math.max(1, retryAfter.toMinutes()) + " minute(s), or call the clinic.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
