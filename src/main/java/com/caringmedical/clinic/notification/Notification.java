package com.caringmedical.clinic.notification;

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
 * A mail in the outbox: written in the transaction that stores its subject (a patient's question), sent by
 * {@link NotificationRelay}. The outbox knows its subject by id only; what the mail says comes from the
 * {@link NotificationMailComposer} of the feature that owns the subject.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final int MAX_ERROR_LENGTH = 1000;
    static final String PATIENT_ERASED = "Not sent: the patient's personal data were erased.";

    @Id
    private UUID id;

    /** What the mail is about; questions are the only subjects so far, hence the column's name. */
    @Column(name = "question_id")
    private UUID subject;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private NotificationStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claim_token")
    private UUID claimToken;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    Notification(UUID subject, NotificationKind kind, String recipient, Instant now) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.kind = kind;
        this.recipient = recipient;
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    boolean isClaimedBy(UUID token) {
        return token.equals(claimToken);
    }

    /**
     * Just before sending: extends this relay's claim so it runs from now, not from the start of the batch.
     * False if another relay has taken the row over meanwhile (this relay was too slow; it must not send).
     */
    boolean renewClaim(UUID token, Instant until) {
        if (!isClaimedBy(token) || status != NotificationStatus.PENDING) {
            return false;
        }
        nextAttemptAt = until;
        return true;
    }

    void sent(Instant now) {
        status = NotificationStatus.SENT;
        sentAt = now;
        claimToken = null;
        lastError = null;
    }

    /** Records a failed attempt: retried after {@code backoff}, or DEAD once the attempts are used up. */
    void failed(String error, int maxAttempts, Duration backoff, Instant now) {
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        claimToken = null;
        if (attempts >= maxAttempts) {
            status = NotificationStatus.DEAD;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** Staff put a notification that had given up back in the queue, with a fresh set of attempts. */
    void retry(Instant now) {
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimToken = null;
    }

    /**
     * The patient's data were erased: an acknowledgement not yet sent never will be, and no error text that may
     * quote the address is kept.
     */
    void forgetPatient() {
        if (kind != NotificationKind.PATIENT_ACKNOWLEDGEMENT) {
            return;
        }
        if (status == NotificationStatus.PENDING) {
            status = NotificationStatus.DEAD;
            claimToken = null;
        }
        lastError = status == NotificationStatus.DEAD ? PATIENT_ERASED : null;
    }

    public UUID id() {
        return id;
    }

    public UUID subject() {
        return subject;
    }

    public NotificationKind kind() {
        return kind;
    }

    /** The staff inbox; null for an acknowledgement, which goes to the address its subject holds. */
    public String recipient() {
        return recipient;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
