package com.caringmedical.clinic.question.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal note staff keep on a question. It may mention the patient, so erasure deletes it. */
@Entity
@Table(name = "question_note")
class QuestionNote {

    @Id
    private UUID id;

    @Column(name = "question_id")
    private UUID questionId;

    private String author;

    @Column(name = "note_text")
    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    protected QuestionNote() {
    }

    QuestionNote(UUID questionId, String author, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.questionId = questionId;
        this.author = author;
        this.text = text;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String author() {
        return author;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }
}
