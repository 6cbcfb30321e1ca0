package com.caringmedical.clinic.notification;

/** Delivery state of a queued mail. */
public enum NotificationStatus {
    /** Waiting to be sent, or to be retried. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Gave up after the configured number of attempts; last_error says why. */
    DEAD
}
