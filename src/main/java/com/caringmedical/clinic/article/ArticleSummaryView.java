package com.caringmedical.clinic.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.author.AuthorSummaryView;
import com.caringmedical.clinic.media.MediaView;

/** An article in lists: enough for a card or a search result. */
@Schema(name = "ArticleSummary")
public record ArticleSummaryView(
        @Schema(examples = "failed-back-surgery-syndrome-treatment-options") String slug,
        @Schema(examples = "Treatment options when back surgery has failed") String title,
        @Schema(examples = "Why pain can continue or return after lumbar surgery, what studies show for steroid injections, spinal cord stimulation, revision surgery and mindfulness training, and where Comprehensive Prolotherapy fits.")
        String summary,
        AuthorSummaryView author,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The image for the article's card.") MediaView featuredImage,
        @Schema(description = "Topic slugs; filter lists with ?topic=.", examples = "[\"failed-back-surgery-syndrome\", \"low-back-pain\"]")
        List<String> topics,
        @Schema(examples = "2013-04-15T12:00:00Z") Instant publishedAt,
        @Schema(examples = "2026-11-24T12:00:00Z") Instant updatedAt) {
}
