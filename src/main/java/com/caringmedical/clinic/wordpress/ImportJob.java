package com.caringmedical.clinic.wordpress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import an admin started: what it reads, where it stands, and its report so far. */
@Entity
@Table(name = "import_job")
class ImportJob {

    enum Source {
        /** The site's REST API. */
        SITE,
        /** An export file (WXR) sent with the request. */
        EXPORT_FILE
    }

    enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "site_url")
    private String siteUrl;

    private boolean publish;

    @Column(name = "include_pages")
    private boolean includePages;

    @Enumerated(EnumType.STRING)
    private State state;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "export_document")
    private byte[] exportDocument;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, ImportReport.Counts> progress;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ImportReport.Item> items;

    private String failure;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJob() {
    }

    ImportJob(Source source, String siteUrl, byte[] exportDocument, boolean publish, boolean includePages,
            String requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.source = source;
        this.siteUrl = siteUrl;
        this.exportDocument = exportDocument;
        this.publish = publish;
        this.includePages = includePages;
        this.state = State.QUEUED;
        this.progress = new LinkedHashMap<>();
        this.items = new ArrayList<>();
        this.requestedBy = requestedBy;
        this.createdAt = now;
    }

    /** The report so far, replacing the last one. */
    void report(Map<String, ImportReport.Counts> newProgress, List<ImportReport.Item> newItems) {
        progress = new LinkedHashMap<>(newProgress);
        items = new ArrayList<>(newItems);
    }

    /** The job has run: its export file goes, its state and report stay. */
    void finish(State end, String why, Instant now) {
        state = end;
        failure = why;
        finishedAt = now;
        exportDocument = null;
    }

    UUID id() {
        return id;
    }

    Source source() {
        return source;
    }

    String siteUrl() {
        return siteUrl;
    }

    boolean publish() {
        return publish;
    }

    boolean includePages() {
        return includePages;
    }

    State state() {
        return state;
    }

    byte[] exportDocument() {
        return exportDocument;
    }

    Map<String, ImportReport.Counts> progress() {
        return progress;
    }

    List<ImportReport.Item> items() {
        return items;
    }

    String failure() {
        return failure;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
