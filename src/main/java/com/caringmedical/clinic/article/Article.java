package com.caringmedical.clinic.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.Treatment;

/** An article of the clinic's patient education content. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String summary;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_credentials")
    private String authorCredentials;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "key_points")
    private List<String> keyPoints = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> topics = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "article")
    @OrderBy("position")
    private List<ArticleSection> sections = new ArrayList<>();

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

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String authorName() {
        return authorName;
    }

    public String authorCredentials() {
        return authorCredentials;
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

    List<ArticleSection> sections() {
        return sections;
    }

    List<Reference> references() {
        return references;
    }

    List<Treatment> treatments() {
        return treatments;
    }
}
