package com.caringmedical.clinic.author;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article on an author's profile. */
@Schema(name = "AuthoredArticle")
public record AuthoredArticle(
        @Schema(examples = "failed-back-surgery-syndrome-treatment-options") String slug,
        @Schema(examples = "Treatment options when back surgery has failed") String title,
        @Schema(examples = "2013-04-15T12:00:00Z") Instant publishedAt) {
}
