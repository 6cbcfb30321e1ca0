package com.caringmedical.clinic.revision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.caringmedical.clinic.editing.PublicationStatus;

/** One saved state of a content item, with who saved it, when and how. Written once, never changed. */
@Entity
@Table(name = "revision")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "item_id")
    private long itemId;

    private int number;

    @Column(name = "item_key")
    private String itemKey;

    @Column(name = "item_version")
    private int itemVersion;

    private String action;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    private String editor;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Enumerated(EnumType.STRING)
    private PublicationStatus status;

    /** The form as JSON text; the column is jsonb. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String form;

    protected Revision() {
    }

    Revision(Saved saved, int number, String form, Instant now) {
        this.kind = saved.kind();
        this.itemId = saved.itemId();
        this.number = number;
        this.itemKey = saved.key();
        this.itemVersion = saved.version();
        this.action = saved.action();
        this.restoredFrom = saved.restoredFrom();
        this.editor = saved.editor();
        this.status = saved.status();
        this.form = form;
        this.savedAt = now;
    }

    /** What one revision records, apart from its number, time and form. */
    record Saved(String kind, long itemId, String key, int version, String action, Integer restoredFrom,
            String editor, PublicationStatus status) {
    }

    int number() {
        return number;
    }

    String itemKey() {
        return itemKey;
    }

    int itemVersion() {
        return itemVersion;
    }

    String action() {
        return action;
    }

    Integer restoredFrom() {
        return restoredFrom;
    }

    String editor() {
        return editor;
    }

    Instant savedAt() {
        return savedAt;
    }

    PublicationStatus status() {
        return status;
    }

    String form() {
        return form;
    }
}
