package com.caringmedical.clinic.preview;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link that shows one item to whoever holds it, until it expires or is revoked. Its token is kept hashed. */
@Entity
@Table(name = "preview_link")
public class PreviewLink {

    @Id
    private UUID id;

    @Column(name = "token_hash")
    private byte[] tokenHash;

    private String kind;

    @Column(name = "item_id")
    private long itemId;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PreviewLink() {
    }

    PreviewLink(byte[] tokenHash, String kind, long itemId, String createdBy, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.kind = kind;
        this.itemId = itemId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean worksAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(String editor, Instant now) {
        if (revokedAt == null) {
            revokedBy = editor;
            revokedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public long itemId() {
        return itemId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
