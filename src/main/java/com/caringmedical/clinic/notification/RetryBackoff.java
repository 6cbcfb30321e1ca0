package com.caringmedical.clinic.notification;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The outbox's retry policy, for mails and webhooks alike. Exponential backoff with jitter: the n-th retry waits
 * between half and all of initial × 2^(n-1), capped at max, so relays on several instances retrying after the same
 * outage spread out instead of arriving together.
 */
public record RetryBackoff(Duration initial, Duration max) {

    public Duration afterAttempt(int attempt) {
        long ceiling = max.toMillis();
        long base = Math.min(ceiling, initial.toMillis() << Math.min(attempt - 1, 30));
        long half = base / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(base - half + 1));
    }
}
