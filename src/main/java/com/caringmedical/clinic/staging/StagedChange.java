package com.caringmedical.clinic.staging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A change of one item, saved aside until an editor applies it; approved by a reviewer where that is needed. */
@Entity
@Table(name = "staged_change")
public class StagedChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "item_id")
    private long itemId;

    /** The editor form as JSON text; the column is jsonb. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String form;

    @Column(name = "base_version")
    private int baseVersion;

    @Column(name = "staged_by")
    private String stagedBy;

    @Column(name = "staged_at")
    private Instant stagedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private int version;

    protected StagedChange() {
    }

    StagedChange(String kind, long itemId) {
        this.kind = kind;
        this.itemId = itemId;
    }

    /** Takes a new form: whatever was approved before is no longer what is staged. */
    void stage(String form, int baseVersion, String editor, Instant now) {
        this.form = form;
        this.baseVersion = baseVersion;
        this.stagedBy = editor;
        this.stagedAt = now;
        this.approvedBy = null;
        this.approvedAt = null;
    }

    void approve(String reviewer, Instant now) {
        this.approvedBy = reviewer;
        this.approvedAt = now;
    }

    public String kind() {
        return kind;
    }

    public long itemId() {
        return itemId;
    }

    public String form() {
        return form;
    }

    public int baseVersion() {
        return baseVersion;
    }

    public String stagedBy() {
        return stagedBy;
    }

    public Instant stagedAt() {
        return stagedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public int version() {
        return version;
    }
}
