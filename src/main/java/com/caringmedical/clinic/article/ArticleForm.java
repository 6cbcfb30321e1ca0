package com.caringmedical.clinic.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.web.http.LongContent;

/**
 * An article as editors read and write it: what GET /editor/articles/{slug} returns is what a PUT takes. It cites
 * references by id, in citation order (the first is [1]), and names treatment options by slug.
 */
@LongContent
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EditableArticle", description = "An article as editors read and write it. status DRAFT keeps it off "
        + "the public API; publishing sets publishedAt the first time (unless given), and every save sets updatedAt.")
public record ArticleForm(
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits in words joined by '-'")
        @Schema(examples = "what-is-dry-needling") String slug,
        @NotBlank @Size(max = 300) @Schema(examples = "What is dry needling?") String title,
        @NotBlank @Size(max = 2000) @Schema(examples = "How it works, and what the studies say.") String summary,
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be an author's slug")
        @Schema(description = "The author's slug (GET /authors).", examples = "ross-hauser") String author,
        @NotNull List<@NotBlank @Size(max = 1000) String> keyPoints,
        @NotNull List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits in words joined by '-'") String> topics,
        @NotEmpty @Size(max = 1000) @Schema(description = "The body: blocks in reading order. Citation marks number "
                + "the references below (1 is the first).") List<@NotNull @Valid Block> body,
        @NotNull @Schema(description = "Ids of the cited references, in citation order.", examples = "[7, 3]")
        List<@NotNull Long> references,
        @NotNull @Schema(description = "Slugs of the treatment options it discusses, in order.",
                examples = "[\"prolotherapy\"]") List<@NotNull String> treatments,
        @Schema(description = "DRAFT (the default when creating) or PUBLISHED.") PublicationStatus status,
        @Positive @Schema(description = "The id of the media item shown with the article in lists and at its top.",
                examples = "42") Long featuredImage,
        @Schema(description = "When the next medical review is due; recording a review sets it too.",
                examples = "2027-12-01") LocalDate nextReviewDue,
        @PastOrPresent @Schema(description = "When it was first published. Publishing sets it the first time unless "
                + "it is given (an article moved from another site keeps the date its readers knew); absent, a PUT "
                + "leaves it as it is.", examples = "2019-05-14T09:30:00Z") Instant publishedAt,
        @Schema(readOnly = true, description = "The last medical review, recorded with POST "
                + "/editor/articles/{slug}/reviews; a PUT leaves it as it is.") LastReview lastReview) {

    @Schema(name = "ArticleLastReview")
    public record LastReview(
            @Schema(description = "The reviewer's slug.", examples = "jane-doe") String reviewer,
            @Schema(examples = "2026-12-01T15:00:00Z") Instant reviewedAt) {
    }

    static ArticleForm of(Article article) {
        return new ArticleForm(article.slug(), article.title(), article.summary(),
                article.author().slug(), List.copyOf(article.keyPoints()),
                List.copyOf(article.topics()),
                List.copyOf(article.body()),
                article.references().stream().map(reference -> reference.id()).toList(),
                article.treatments().stream().map(treatment -> treatment.slug()).toList(),
                article.status(), article.featuredImage(), article.nextReviewDue(), article.publishedAt(),
                article.reviewer() == null ? null : new LastReview(article.reviewer().slug(), article.lastReviewedAt()));
    }
}
