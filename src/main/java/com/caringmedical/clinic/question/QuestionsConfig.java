package com.caringmedical.clinic.question;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How {@code POST /questions} defends itself. Each defence can be tuned or switched off. */
@ConfigMapping(prefix = "clinic.questions")
public interface QuestionsConfig {

    /** Largest accepted request body; larger ones get 413. */
    @WithDefault("16K")
    MemorySize maxBodySize();

    /** The hidden form field that people leave empty and form-filling bots do not. */
    @WithDefault("website")
    @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]{0,39}")
    String honeypotField();

    /** How long a retried POST with the same Idempotency-Key gets the first answer back. */
    @WithDefault("P1D")
    Duration idempotencyKeyRetention();

    Challenge challenge();

    RateLimit rateLimit();

    Review review();

    Retention retention();

    /** How staff find and export questions. */
    interface Review {

        /** The time zone a plain date in receivedFrom / receivedTo refers to. */
        @WithDefault("America/Chicago")
        ZoneId zone();

        /** Most questions one CSV export may hold; narrow the filters beyond it. */
        @WithDefault("5000")
        @Min(1)
        int exportLimit();
    }

    /** How long questions are kept; the job runs on every instance, and its deletes are idempotent. */
    interface Retention {

        @WithDefault("true")
        boolean enabled();

        /** Spam is deleted this long after it became spam. */
        @WithDefault("P30D")
        Duration deleteSpamAfter();

        /** A closed question's personal data are erased this long after it was closed. */
        @WithDefault("P365D")
        Duration eraseClosedAfter();

        /**
         * An open question (new, in progress or answered) whose status nobody changed for this long has the
         * patient's personal data erased. A year, like closed questions: a question answered and never closed
         * keeps its data as long as it would have had it been closed that day, and one nobody touched for a year
         * will not be answered.
         */
        @WithDefault("P365D")
        Duration eraseOpenAfter();

        /** How often the job looks for questions past their time. */
        @WithDefault("1h")
        String every();
    }

    /** ALTCHA proof of work, verified here: nothing goes to a third party. */
    interface Challenge {

        @WithDefault("true")
        boolean enabled();

        /**
         * Secret for signing challenges, the same on every instance; at least 32 characters. Required while the
         * challenge is enabled (checked at start-up).
         */
        Optional<@Size(min = 32) String> hmacKey();

        /** Upper bound of the secret number; the client tries half of it on average. */
        @WithDefault("100000")
        @Min(1000)
        long maxNumber();

        /** How long a patient has to send the form after the challenge was handed out. */
        @WithDefault("PT30M")
        Duration expiresIn();
    }

    /** Submissions per client address, counted in PostgreSQL so every instance shares the count. */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("5")
        @Min(1)
        long capacity();

        @WithDefault("PT10M")
        Duration period();

        /**
         * Secret under which client networks are hashed into bucket keys (HMAC-SHA256), the same on every instance;
         * at least 32 characters. Unset, a key derived from the challenge's HMAC key is used; with neither, the
         * service refuses to start while the rate limit is on.
         */
        Optional<@Size(min = 32) String> key();
    }
}
