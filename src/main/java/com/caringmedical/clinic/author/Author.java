package com.caringmedical.clinic.author;

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

/**
 * Someone who writes or medically reviews the clinic's content, with the credentials readers should see. A page of
 * articles loads its authors in batches, not one statement per byline.
 */
@Entity
@BatchSize(size = 50)
@Table(name = "author")
public class Author implements SluggedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String credentials;
    private String role;
    private String bio;

    @Column(name = "profile_url")
    private String profileUrl;

    private String orcid;

    /** A portrait from the media library. */
    @Column(name = "photo_id")
    private Long photo;

    @Enumerated(EnumType.STRING)
    private PublicationStatus status;

    @Version
    private int version;

    /** Set by Hibernate on every save. */
    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Author() {
    }

    Author(AuthorForm form) {
        apply(form);
    }

    final void apply(AuthorForm form) {
        slug = form.slug();
        name = form.name().strip();
        credentials = blankToNull(form.credentials());
        role = blankToNull(form.role());
        bio = blankToNull(form.bio());
        profileUrl = blankToNull(form.profileUrl());
        orcid = blankToNull(form.orcid());
        photo = form.photo();
        status = form.status() == null ? PublicationStatus.DRAFT : form.status();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    /** After the name, as readers see it: {@code MD}, {@code DPT, OCS}. */
    public String credentials() {
        return credentials;
    }

    public String role() {
        return role;
    }

    String bio() {
        return bio;
    }

    String profileUrl() {
        return profileUrl;
    }

    String orcid() {
        return orcid;
    }

    Long photo() {
        return photo;
    }

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

    /** When the item was last saved. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
