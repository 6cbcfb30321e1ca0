package com.caringmedical.clinic.author;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.media.MediaView;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An author's public profile, with the published articles they wrote and those they medically reviewed. */
@Schema(name = "Author")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthorView(
        @Schema(examples = "ross-hauser") String slug,
        @Schema(examples = "Ross Hauser") String name,
        @Schema(examples = "MD") String credentials,
        @Schema(examples = "Physician") String role,
        String bio,
        @Schema(examples = "https://www.clinic.example/team/ross-hauser") String profileUrl,
        @Schema(examples = "https://orcid.org/0000-0002-1825-0097") String orcidUrl,
        @Schema(description = "A portrait, with its files and srcsets.") MediaView photo,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The newest published articles they wrote (at most 20; GET /articles?author= lists all).") List<AuthoredArticle> wrote,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The newest published articles they medically reviewed (at most 20; GET "
                + "/articles?reviewer= lists all).") List<AuthoredArticle> reviewed,
        @Schema(description = "When it was last saved.", examples = "2026-11-24T12:00:00Z") Instant updatedAt) {
}
