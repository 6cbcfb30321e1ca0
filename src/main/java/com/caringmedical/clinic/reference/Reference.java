package com.caringmedical.clinic.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.UpdateTimestamp;

import com.caringmedical.clinic.editing.EditableContent;
import com.caringmedical.clinic.editing.PublicationStatus;

/** A published work that articles and treatment evidence cite. */
@Entity
@Table(name = "reference")
@BatchSize(size = 100)
public class Reference implements EditableContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection
    @CollectionTable(name = "reference_author", joinColumns = @JoinColumn(name = "reference_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Author> authors = new ArrayList<>();

    private String title;
    private String journal;

    @Column(name = "journal_abbreviation")
    private String journalAbbreviation;

    private Integer year;
    private Integer month;
    private Integer day;
    private String volume;
    private String issue;
    private String pages;
    private String doi;
    private String pmid;

    @Enumerated(EnumType.STRING)
    private PublicationStatus status;

    /** Incremented by Hibernate on every change; the editor's ETag. */
    @Version
    private int version;

    /** Set by Hibernate on every save. */
    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Reference() {
    }

    Reference(ReferenceForm form) {
        apply(form);
    }

    /** Takes every field from the editor's form. */
    final void apply(ReferenceForm form) {
        authors.clear();
        form.authors().forEach(a -> authors.add(new Author(a.family().strip(),
                a.given() == null || a.given().isBlank() ? null : a.given().strip())));
        title = form.title().strip();
        journal = form.journal().strip();
        journalAbbreviation = form.journalAbbreviation();
        year = form.year();
        month = form.month();
        day = form.day();
        volume = form.volume();
        issue = form.issue();
        pages = form.pages();
        doi = form.doi();
        pmid = form.pmid();
        status = form.status() == null ? PublicationStatus.DRAFT : form.status();
    }

    /** Whether the public may see it, and published content may cite it. */
    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    @Override
    public PublicationStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public List<Author> authors() {
        return authors;
    }

    public String title() {
        return title;
    }

    public String journal() {
        return journal;
    }

    public String journalAbbreviation() {
        return journalAbbreviation;
    }

    public Integer year() {
        return year;
    }

    public Integer month() {
        return month;
    }

    public String volume() {
        return volume;
    }

    public String issue() {
        return issue;
    }

    public String pages() {
        return pages;
    }

    public String doi() {
        return doi;
    }

    public String pmid() {
        return pmid;
    }

    /** Day of publication (1-31), where known: for articles published online ahead of print. */
    public Integer day() {
        return day;
    }

    /** When the item was last saved. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
