package com.caringmedical.clinic.question.review;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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

import com.caringmedical.clinic.question.FieldChange;

/** One line of a question's history: who did what, when. Never holds the patient's data. */
@Entity
@Table(name = "question_event")
class QuestionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id")
    private UUID questionId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private QuestionAction action;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, FieldChange> changes;

    protected QuestionEvent() {
    }

    QuestionEvent(UUID questionId, String actor, QuestionAction action, Map<String, FieldChange> changes, Instant now) {
        this.questionId = questionId;
        this.actor = actor;
        this.action = action;
        this.changes = changes == null || changes.isEmpty() ? null : changes;
        this.occurredAt = now;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    QuestionAction action() {
        return action;
    }

    Map<String, FieldChange> changes() {
        return changes;
    }
}
