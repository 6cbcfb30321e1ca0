package com.caringmedical.clinic.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One try of a delivery, for the delivery log: when, what the receiver answered, how long it took. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(WebhookAttempt.Key.class)
public class WebhookAttempt {

    /** A delivery's attempts are numbered from 1. */
    public static class Key implements Serializable {
        private UUID deliveryId;
        private int attempt;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(deliveryId, key.deliveryId) && attempt == key.attempt;
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, attempt);
        }
    }

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    @Column(name = "delivery_id")
    private UUID deliveryId;

    @Id
    private int attempt;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    private String error;

    @Column(name = "duration_ms")
    private int durationMs;

    protected WebhookAttempt() {
    }

    WebhookAttempt(UUID deliveryId, int attempt, Instant attemptedAt, Integer statusCode, String error,
            long durationMs) {
        this.deliveryId = deliveryId;
        this.attempt = attempt;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        this.durationMs = (int) Math.min(Integer.MAX_VALUE, durationMs);
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public int attempt() {
        return attempt;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }

    public int durationMs() {
        return durationMs;
    }
}
