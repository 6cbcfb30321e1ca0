package com.caringmedical.clinic.question;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.caringmedical.clinic.location.Location;

/** A patient's question, as received. Personal data: never logged, never returned by a public operation. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private QuestionStatus status;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;
    private String phone;

    @Column(name = "question_text")
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Column(name = "source_article")
    private String sourceArticle;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected Question() {
    }

    Question(QuestionForm form, Location location, QuestionStatus status, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.status = status;
        this.firstName = form.firstName();
        this.lastName = form.lastName();
        this.email = form.email();
        this.phone = form.phone();
        this.text = form.question();
        this.location = location;
        this.sourceArticle = form.sourceArticle();
        this.receivedAt = receivedAt;
    }

    public UUID id() {
        return id;
    }

    public QuestionStatus status() {
        return status;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String text() {
        return text;
    }

    /** The office the patient chose, or null. */
    public Location location() {
        return location;
    }

    public String sourceArticle() {
        return sourceArticle;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
