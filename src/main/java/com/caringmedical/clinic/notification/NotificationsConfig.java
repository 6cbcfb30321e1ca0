package com.caringmedical.clinic.notification;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who is told about new questions, what the mail says, and how the relay retries. */
@ConfigMapping(prefix = "clinic.notifications")
public interface NotificationsConfig {

    /** Staff inbox for questions with no office chosen, or an office without its own inbox. */
    String defaultInbox();

    /** Staff inbox per office slug, e.g. clinic.notifications.location-inbox."oak-park"=oakpark@example.org */
    Map<String, String> locationInbox();

    /** Where staff review questions; the mail links here. No default: prod must name its own. */
    String reviewUrl();

    /** Put the question's text in the staff mail. Off by default: mail is not a place for health data. */
    @WithDefault("false")
    boolean includeQuestion();

    /** Also mail the patient a short acknowledgement (never with the question's text). */
    @WithDefault("false")
    boolean patientAcknowledgement();

    Relay relay();

    /** The outbox relay: any number of instances may run it. */
    interface Relay {

        /** How often each instance looks for due notifications; "off" stops this instance's relay. */
        @WithDefault("5s")
        String pollInterval();

        @WithDefault("50")
        @Min(1)
        @Max(500)
        int batchSize();

        /**
         * How many mails each instance sends at once, each over its own SMTP connection (connections are kept and
         * reused: quarkus.mailer.max-pool-size should be at least this).
         */
        @WithDefault("8")
        @Min(1)
        @Max(64)
        int concurrency();

        /** After this many failed attempts a notification is DEAD. */
        @WithDefault("12")
        @Min(1)
        int maxAttempts();

        /** Delay before the first retry; it doubles with each attempt, with jitter, up to maxBackoff. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /** Longest one SMTP conversation may take before it counts as a failed attempt. */
        @WithDefault("PT30S")
        Duration sendTimeout();

        /**
         * A claim not settled within this time is taken over by another relay (its instance is presumed dead).
         * Renewed as each mail's send begins, so it must exceed the send timeout, with room to spare.
         */
        @WithDefault("PT2M")
        Duration claimTimeout();
    }
}
