package com.caringmedical.clinic.notification;

/** The outbox at a glance, for metrics. */
record OutboxStats(long pending, long dead, double oldestPendingAgeSeconds) {

    static final OutboxStats EMPTY = new OutboxStats(0, 0, 0);
}
