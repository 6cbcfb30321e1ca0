package com.caringmedical.clinic.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.caringmedical.clinic.editing.EditableContent;
import com.caringmedical.clinic.editing.PublicationStatus;

/** An image in the library: its texts and its size as shown. Its variants are {@link MediaVariant} rows. */
@Entity
@Table(name = "media")
class Media implements EditableContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String alt;
    private String caption;
    private String credit;
    private boolean decorative;
    private int width;
    private int height;

    @Column(name = "original_type")
    private String originalType;

    @Column(name = "has_alpha")
    private boolean hasAlpha;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    /** Incremented by Hibernate on every change; the editor's ETag. */
    @Version
    private int version;

    protected Media() {
    }

    Media(MediaForm form, ProcessedUpload image, String uploadedBy, Instant uploadedAt) {
        apply(form);
        this.width = image.width();
        this.height = image.height();
        this.originalType = image.type().contentType();
        this.hasAlpha = image.hasAlpha();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    final void apply(MediaForm form) {
        alt = blankToNull(form.alt());
        caption = blankToNull(form.caption());
        credit = blankToNull(form.credit());
        decorative = Boolean.TRUE.equals(form.decorative());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    String alt() {
        return alt;
    }

    String caption() {
        return caption;
    }

    String credit() {
        return credit;
    }

    boolean decorative() {
        return decorative;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    String originalType() {
        return originalType;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    @Override
    public int version() {
        return version;
    }

    /** An image is public from its upload on: it has no drafts. */
    @Override
    public PublicationStatus status() {
        return PublicationStatus.PUBLISHED;
    }
}
