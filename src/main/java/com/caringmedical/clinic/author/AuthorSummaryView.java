package com.caringmedical.clinic.author;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An author as a list or an article names them: enough for a byline, and the slug of the full profile. */
@Schema(name = "AuthorSummary")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorSummaryView(
        @Schema(examples = "ross-hauser") String slug,
        @Schema(examples = "Ross Hauser") String name,
        @Schema(examples = "MD") String credentials,
        @Schema(examples = "Physician") String role,
        @Schema(description = "When the profile was last saved.", examples = "2026-11-24T12:00:00Z") Instant updatedAt) {

    public static AuthorSummaryView of(Author author) {
        return new AuthorSummaryView(author.slug(), author.name(), author.credentials(), author.role(),
                author.updatedAt());
    }
}
