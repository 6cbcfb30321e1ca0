package com.caringmedical.clinic.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The n-th retry waits between half and all of 30 s × 2^(n-1), capped at an hour, with jitter in between. */
class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @ParameterizedTest(name = "after attempt {0}: {1} to {2} s")
    @CsvSource({ "1, 15, 30", "2, 30, 60", "3, 60, 120", "7, 960, 1920", "8, 1800, 3600", "12, 1800, 3600",
            "40, 1800, 3600", "2147483647, 1800, 3600" })
    void eachRetryWaitsLongerUpToTheCap(int attempt, long atLeast, long atMost) {
        for (int i = 0; i < 200; i++) {
            long wait = backoff.afterAttempt(attempt).toMillis();
            assertTrue(wait >= atLeast * 1000 && wait <= atMost * 1000, attempt + ": " + wait + " ms");
        }
    }

    @ParameterizedTest
    @CsvSource({ "3" })
    void waitsSpreadOutSoRelaysDoNotRetryTogether(int attempt) {
        long shortest = Long.MAX_VALUE;
        long longest = 0;
        for (int i = 0; i < 500; i++) {
            long wait = backoff.afterAttempt(attempt).toMillis();
            shortest = Math.min(shortest, wait);
            longest = Math.max(longest, wait);
        }
        assertTrue(longest - shortest > 30_000, shortest + " to " + longest);
    }
}
