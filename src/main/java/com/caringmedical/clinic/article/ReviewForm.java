package com.caringmedical.clinic.article;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A medical review of an article as it stands: who reviewed it, and when the next review is due. */
@Schema(name = "ArticleReview", description = "A medical review of the article's current version.")
public record ReviewForm(
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be an author's slug")
        @Schema(description = "The reviewer: a published author with credentials, not the article's author.",
                examples = "jane-doe") String reviewer,
        @Schema(description = "When the next review is due; after today. Without it, the review interval from "
                + "today (clinic.articles.review-interval, a year by default).", examples = "2027-12-01")
        LocalDate nextReviewDue) {
}
