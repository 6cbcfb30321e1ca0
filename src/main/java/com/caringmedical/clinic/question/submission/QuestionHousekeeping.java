package com.caringmedical.clinic.question.submission;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import com.caringmedical.clinic.question.QuestionsConfig;

/**
 * Forgets what the spam defences no longer need: used challenges past their expiry, Idempotency-Keys past
 * their retention, rate-limit buckets that have refilled. Every instance may run it; the deletes are idempotent.
 */
@ApplicationScoped
class QuestionHousekeeping {

    private final SubmissionChallenge challenge;
    private final IdempotencyKeys idempotencyKeys;
    private final SubmissionRateLimit rateLimit;
    private final QuestionsConfig config;

    QuestionHousekeeping(SubmissionChallenge challenge, IdempotencyKeys idempotencyKeys,
            SubmissionRateLimit rateLimit, QuestionsConfig config) {
        this.challenge = challenge;
        this.idempotencyKeys = idempotencyKeys;
        this.rateLimit = rateLimit;
        this.config = config;
    }

    @Scheduled(identity = "question-housekeeping", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() {
        Instant cutoff = Instant.now().minus(config.idempotencyKeyRetention());
        QuarkusTransaction.requiringNew().run(() -> {
            challenge.forgetExpired();
            idempotencyKeys.forgetOlderThan(cutoff);
        });
        rateLimit.removeFullBuckets();
    }
}
