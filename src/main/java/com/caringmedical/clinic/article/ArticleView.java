package com.caringmedical.clinic.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.author.AuthorSummaryView;
import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.media.MediaView;
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
        AuthorSummaryView author,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The image shown at the article's top and on its card.") MediaView featuredImage,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Who last medically reviewed it (GET /authors/{slug}); absent until someone has.")
        AuthorSummaryView reviewedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When that review was recorded.", examples = "2026-12-01T15:00:00Z") Instant lastReviewedAt,
        @Schema(description = "The article's main points, in order.") List<String> keyPoints,
        @Schema(description = "Topic slugs.") List<String> topics,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When it was first published; absent only in a preview of a draft never published.",
                examples = "2013-04-15T12:00:00Z") Instant publishedAt,
        @Schema(examples = "2026-11-24T12:00:00Z") Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The body as blocks in reading order (left out with bodyFormat=html). A citation mark's "
                + "reference is the number of an entry in references.") List<Block> body,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The body as HTML, with bodyFormat=html only: safe to insert as it is. Headings have "
                + "ids; citations link to #reference-n; links to the clinic's own content carry data-kind and "
                + "data-slug.") String bodyHtml,
        @Schema(description = "The images the body shows (image blocks name them by id), with their files and "
                + "srcsets.") List<MediaView> media,
        @Schema(description = "The cited references, numbered 1..n in citation order.") List<CitedReferenceView> references,
        @Schema(description = "The treatment options the article discusses.") List<TreatmentSummaryView> treatments) {

    @Schema(name = "CitedReference")
    public record CitedReferenceView(
            @Schema(description = "The citation number used in the text as [n].", examples = "4") int number,
            ReferenceView reference) {
    }
}
