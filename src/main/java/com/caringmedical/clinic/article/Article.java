package com.caringmedical.clinic.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.caringmedical.clinic.author.Author;
import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.body.BodyImages;
import com.caringmedical.clinic.editing.SluggedContent;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.Treatment;

/** An article of the clinic's patient education content. */
@Entity
@Table(name = "article")
public class Article implements SluggedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Author author;

    /** Who last medically reviewed it; set by recording a review, with {@link #lastReviewedAt}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    private Author reviewer;

    /** The media item shown with the article in lists and at its top. */
    @Column(name = "featured_image_id")
    private Long featuredImage;

    @Column(name = "last_reviewed_at")
    private Instant lastReviewedAt;

    @Column(name = "next_review_due")
    private LocalDate nextReviewDue;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "key_points")
    private List<String> keyPoints = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> topics = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The body's blocks in reading order, one jsonb array. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Block> body = new ArrayList<>();

    /** The references the article cites, in citation order: index 0 is citation [1]. */
    @ManyToMany
    @JoinTable(name = "article_reference", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "reference_id"))
    @OrderColumn(name = "citation_index")
    private List<Reference> references = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_treatment", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "treatment_id"))
    @OrderColumn(name = "position")
    private List<Treatment> treatments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private PublicationStatus status;

    /** Incremented by Hibernate on every save (each save sets updatedAt); the editor's ETag. */
    @Version
    private int version;

    protected Article() {
    }

    Article(ArticleForm form, Author author, List<Reference> cited, List<Treatment> discussed, Instant now) {
        apply(form, author, cited, discussed, now);
    }

    /**
     * Takes every field from the editor's form; the medical review is not one of them (see {@link #reviewed}).
     * Publishing sets the publication date the first time unless the form gives one; every save is an update.
     */
    final void apply(ArticleForm form, Author writer, List<Reference> cited, List<Treatment> discussed, Instant now) {
        slug = form.slug();
        title = form.title().strip();
        summary = form.summary().strip();
        author = writer;
        featuredImage = form.featuredImage();
        nextReviewDue = form.nextReviewDue();
        keyPoints = new ArrayList<>(form.keyPoints().stream().map(String::strip).toList());
        topics = new ArrayList<>(form.topics().stream().distinct().toList());
        body = new ArrayList<>(form.body());
        references.clear();
        references.addAll(cited);
        treatments.clear();
        treatments.addAll(discussed);
        status = form.status() == null ? PublicationStatus.DRAFT : form.status();
        if (form.publishedAt() != null) {
            publishedAt = form.publishedAt();
        } else if (status == PublicationStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Records a medical review: who, when, and when the next one is due. The article's content is unchanged. */
    void reviewed(Author by, Instant at, LocalDate nextDue) {
        reviewer = by;
        lastReviewedAt = at;
        nextReviewDue = nextDue;
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

    @Override
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    Author author() {
        return author;
    }

    Long featuredImage() {
        return featuredImage;
    }

    /** Every media item the article shows: the featured image, then the body's images. */
    List<Long> images() {
        List<Long> images = new ArrayList<>();
        if (featuredImage != null) {
            images.add(featuredImage);
        }
        BodyImages.shownIn(body).stream().filter(id -> !images.contains(id)).forEach(images::add);
        return images;
    }

    Author reviewer() {
        return reviewer;
    }

    Instant lastReviewedAt() {
        return lastReviewedAt;
    }

    LocalDate nextReviewDue() {
        return nextReviewDue;
    }

    public List<String> keyPoints() {
        return keyPoints;
    }

    public List<String> topics() {
        return topics;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    List<Block> body() {
        return body;
    }

    List<Reference> references() {
        return references;
    }

    List<Treatment> treatments() {
        return treatments;
    }
}
