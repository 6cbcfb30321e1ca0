package com.caringmedical.clinic.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An admin's subscription: where the events it lists are POSTed, signed with its secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    private String url;

    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] events;

    private String secret;

    private boolean enabled;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected WebhookSubscription() {
    }

    WebhookSubscription(SubscriptionForm form, String admin, Instant now) {
        this.id = UUID.randomUUID();
        this.secret = newSecret();
        this.createdBy = admin;
        this.createdAt = now;
        apply(form, now);
    }

    void apply(SubscriptionForm form, Instant now) {
        this.url = form.url().strip();
        this.description = form.description();
        this.events = form.events().stream().distinct().sorted().toArray(String[]::new);
        this.enabled = form.enabled() == null || form.enabled();
        this.updatedAt = now;
    }

    /** A new signing secret; the old one stops working at once. */
    void rotateSecret(Instant now) {
        this.secret = newSecret();
        this.updatedAt = now;
    }

    /** 32 random bytes, written as Standard Webhooks writes a symmetric secret: whsec_ and base64. */
    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    public UUID id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public List<String> events() {
        return List.of(events);
    }

    String secret() {
        return secret;
    }

    public boolean enabled() {
        return enabled;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
