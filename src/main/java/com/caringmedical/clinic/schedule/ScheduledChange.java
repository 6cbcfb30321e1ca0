package com.caringmedical.clinic.schedule;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A publish or unpublish an editor set for a time: pending until the job does it (or fails to). */
@Entity
@Table(name = "publication_schedule")
class ScheduledChange {

    enum Action {
        PUBLISH, UNPUBLISH
    }

    enum State {
        PENDING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "item_id")
    private long itemId;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    private String failure;

    protected ScheduledChange() {
    }

    ScheduledChange(String kind, long itemId, Action action, Instant dueAt, String requestedBy, Instant now) {
        this.kind = kind;
        this.itemId = itemId;
        this.action = action;
        this.dueAt = dueAt;
        this.state = State.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void done(Instant now) {
        state = State.DONE;
        doneAt = now;
    }

    void failed(String why, Instant now) {
        state = State.FAILED;
        failure = why;
        doneAt = now;
    }

    Long id() {
        return id;
    }

    String kind() {
        return kind;
    }

    long itemId() {
        return itemId;
    }

    Action action() {
        return action;
    }

    Instant dueAt() {
        return dueAt;
    }

    State state() {
        return state;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant doneAt() {
        return doneAt;
    }

    String failure() {
        return failure;
    }
}
