package com.caringmedical.clinic.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for one subscription, in the outbox: written in the event's transaction (see {@link WebhookOutbox}),
 * sent by {@link WebhookRelay} until the receiver answers 2xx, or given up after the configured attempts.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Where a delivery stands. */
    public enum Status {
        PENDING, DELIVERED, DEAD
    }

    @Id
    private UUID id;

    @Column(name = "subscription_id")
    private UUID subscriptionId;

    @Column(name = "event_type")
    private String eventType;

    private String payload;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claim_token")
    private UUID claimToken;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    boolean isClaimedBy(UUID token) {
        return token.equals(claimToken) && status == Status.PENDING;
    }

    /** Just before sending: the claim runs from now. False if another relay took the row over meanwhile. */
    boolean renewClaim(UUID token, Instant until) {
        if (!isClaimedBy(token)) {
            return false;
        }
        nextAttemptAt = until;
        return true;
    }

    void delivered(Instant now) {
        status = Status.DELIVERED;
        deliveredAt = now;
        claimToken = null;
    }

    /** A failed attempt: retried after {@code backoff}, or DEAD once the attempts are used up. */
    void failed(int maxAttempts, Duration backoff, Instant now) {
        claimToken = null;
        if (attempts >= maxAttempts) {
            status = Status.DEAD;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** An admin sends a delivery that gave up once more, with a fresh set of attempts. */
    void retry(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimToken = null;
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
