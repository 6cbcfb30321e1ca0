package com.caringmedical.clinic.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/** A treatment option the clinic's content discusses. Its evidence lives in {@link EvidenceFinding}. */
@Entity
@Table(name = "treatment")
@BatchSize(size = 100)
public class Treatment {

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

    public Long id() {
        return id;
    }

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
}
