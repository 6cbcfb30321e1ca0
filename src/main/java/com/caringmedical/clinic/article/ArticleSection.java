package com.caringmedical.clinic.article;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A headed section of an article's body. */
@Entity
@Table(name = "article_section")
class ArticleSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private int position;
    private String heading;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> paragraphs;

    protected ArticleSection() {
    }

    ArticleSection(Article article, int position, String heading, List<String> paragraphs) {
        this.article = article;
        this.position = position;
        this.heading = heading;
        this.paragraphs = paragraphs;
    }

    String heading() {
        return heading;
    }

    List<String> paragraphs() {
        return paragraphs;
    }
}
