package com.caringmedical.clinic.article;

import java.time.ZoneOffset;

import com.caringmedical.clinic.reference.ReferenceJsonLd;
import com.caringmedical.clinic.schemaorg.SchemaOrg;

/**
 * An article as schema.org JSON-LD: a MedicalWebPage by its author, reviewed by its medical reviewer, citing its
 * references, about the therapies it discusses.
 */
final class ArticleJsonLd {

    private ArticleJsonLd() {
    }

    static SchemaOrg.MedicalWebPage of(ArticleView article) {
        return new SchemaOrg.MedicalWebPage(article.title(), article.summary(),
                article.featuredImage() == null ? null : article.featuredImage().src(),
                SchemaOrg.Person.named(article.author().name(), article.author().credentials()),
                article.reviewedBy() == null ? null
                        : SchemaOrg.Person.named(article.reviewedBy().name(), article.reviewedBy().credentials()),
                article.lastReviewedAt() == null ? null
                        : article.lastReviewedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                article.publishedAt() == null ? null : article.publishedAt().toString(),
                article.updatedAt().toString(),
                article.topics().stream().map(topic -> topic.replace('-', ' ')).toList(),
                article.treatments().stream().map(t -> new SchemaOrg.Thing("MedicalTherapy", t.name())).toList(),
                article.references().stream().map(cited -> ReferenceJsonLd.of(cited.reference())).toList());
    }
}
