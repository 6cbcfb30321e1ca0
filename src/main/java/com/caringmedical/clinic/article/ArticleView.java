package com.caringmedical.clinic.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.reference.ReferenceView;
import com.caringmedical.clinic.treatment.TreatmentSummaryView;

/**
 * A whole article with everything needed to render it in one round trip: body, numbered references and the
 * treatment options it discusses.
 */
@Schema(name = "Article")
public record ArticleView(
        @Schema(examples = "failed-back-surgery-syndrome-treatment-options") String slug,
        @Schema(examples = "Treatment options when back surgery has failed") String title,
        String summary,
        ArticleAuthorView author,
        @Schema(description = "The article's main points, in order.") List<String> keyPoints,
        @Schema(description = "Topic slugs.") List<String> topics,
        @Schema(examples = "2013-04-15T12:00:00Z") Instant publishedAt,
        @Schema(examples = "2026-11-24T12:00:00Z") Instant updatedAt,
        @Schema(description = "The body, in order. Paragraphs cite references as [n], matching references[].number.")
        List<SectionView> sections,
        @Schema(description = "The cited references, numbered 1..n in citation order.") List<CitedReferenceView> references,
        @Schema(description = "The treatment options the article discusses.") List<TreatmentSummaryView> treatments) {

    @Schema(name = "ArticleSection")
    public record SectionView(
            @Schema(examples = "Steroid injections after disc surgery") String heading,
            List<String> paragraphs) {
    }

    @Schema(name = "CitedReference")
    public record CitedReferenceView(
            @Schema(description = "The citation number used in the text as [n].", examples = "4") int number,
            ReferenceView reference) {
    }
}
