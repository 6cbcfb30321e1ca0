package com.caringmedical.clinic.treatment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.UpdateTimestamp;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedContent;

/** A treatment option the clinic's content discusses. Its evidence lives in {@link EvidenceFinding}. */
@Entity
@Table(name = "treatment")
@BatchSize(size = 100)
public class Treatment implements SluggedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String summary;
    private String description;

    @Enumerated(EnumType.STRING)
    private TreatmentCategory category;

    @Enumerated(EnumType.STRING)
    private Invasiveness invasiveness;

    @Column(name = "typical_course")
    private String typicalCourse;

    @Column(name = "typical_sessions_min")
    private Integer typicalSessionsMin;

    @Column(name = "typical_sessions_max")
    private Integer typicalSessionsMax;


    /** The media item shown with the option in lists and at its top. */
    @Column(name = "featured_image_id")
    private Long featuredImage;

    @Enumerated(EnumType.STRING)
    private PublicationStatus status;

    /** Incremented by Hibernate on every change; the editor's ETag. */
    @Version
    private int version;

    /** Set by Hibernate on every save. */
    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Treatment() {
    }

    Treatment(TreatmentForm form) {
        apply(form);
    }

    /** Takes every field but the evidence from the editor's form (a PUT replaces the whole treatment). */
    final void apply(TreatmentForm form) {
        slug = form.slug();
        name = form.name().strip();
        summary = form.summary().strip();
        description = form.description().strip();
        category = form.category();
        invasiveness = form.invasiveness();
        TreatmentForm.CourseForm course = form.typicalCourse();
        typicalCourse = course == null ? null : course.description().strip();
        typicalSessionsMin = course == null ? null : course.sessionsMin();
        typicalSessionsMax = course == null ? null : course.sessionsMax();
        featuredImage = form.featuredImage();
        status = form.status() == null ? PublicationStatus.DRAFT : form.status();
    }

    @Override
    public PublicationStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public Long featuredImage() {
        return featuredImage;
    }

    public Long id() {
        return id;
    }

    @Override
    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public TreatmentCategory category() {
        return category;
    }

    public Invasiveness invasiveness() {
        return invasiveness;
    }

    public String typicalCourse() {
        return typicalCourse;
    }

    public Integer typicalSessionsMin() {
        return typicalSessionsMin;
    }

    public Integer typicalSessionsMax() {
        return typicalSessionsMax;
    }

    /** When the item was last saved. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
