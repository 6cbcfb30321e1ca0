package com.caringmedical.clinic.question;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
import jakarta.persistence.Version;

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

    /** Incremented by Hibernate on every change; the question's ETag. */
    @Version
    private int version;

    /** Username of the staff member looking after it, or null. */
    private String assignee;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Question() {
    }

    public Question(Patient patient, String text, Location location, String sourceArticle, QuestionStatus status,
            Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.status = status;
        this.firstName = patient.firstName();
        this.lastName = patient.lastName();
        this.email = patient.email();
        this.phone = patient.phone();
        this.text = text;
        this.location = location;
        this.sourceArticle = sourceArticle;
        this.receivedAt = receivedAt;
        this.statusChangedAt = receivedAt;
    }

    /**
     * Applies what staff asked to change and returns each field that really changed; the
     * caller has checked that the status move is allowed and that the assignee and office exist.
     */
    public Map<String, FieldChange> change(QuestionStatus newStatus, boolean reassign, String newAssignee,
            Location newLocation, Instant now) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        if (newStatus != null && newStatus != status) {
            changes.put("status", new FieldChange(status.name(), newStatus.name()));
            status = newStatus;
            statusChangedAt = now;
        }
        if (reassign && !Objects.equals(newAssignee, assignee)) {
            changes.put("assignee", new FieldChange(assignee, newAssignee));
            assignee = newAssignee;
        }
        if (newLocation != null && newLocation != location) {
            changes.put("location", new FieldChange(location == null ? null : location.slug(), newLocation.slug()));
            location = newLocation;
        }
        return changes;
    }

    /** Forgets everything that identifies the patient or that they wrote; the workflow record stays. */
    public void erase(Instant now) {
        firstName = null;
        lastName = null;
        email = null;
        phone = null;
        text = null;
        erasedAt = now;
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

    public int version() {
        return version;
    }

    public String assignee() {
        return assignee;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** When the patient's personal data were erased, or null. */
    public Instant erasedAt() {
        return erasedAt;
    }
}
