package com.caringmedical.clinic.redirect;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An old address, and the content that lives elsewhere now. */
@Entity
@Table(name = "redirect")
class Redirect {

    /** Where a redirect came from: an import, an editor renaming content, or an editor adding it by hand. */
    enum Source {
        WORDPRESS, SLUG_CHANGE, EDITOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String path;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private RedirectKind kind;

    @Column(name = "target_slug")
    private String slug;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Redirect() {
    }

    Redirect(String path, RedirectKind kind, String slug, Source source, Instant now) {
        this.path = path;
        this.kind = kind;
        this.slug = slug;
        this.source = source;
        this.createdAt = now;
    }

    void leadTo(String newSlug) {
        slug = newSlug;
    }

    Long id() {
        return id;
    }

    String path() {
        return path;
    }

    RedirectKind kind() {
        return kind;
    }

    String slug() {
        return slug;
    }

    Source source() {
        return source;
    }
}
