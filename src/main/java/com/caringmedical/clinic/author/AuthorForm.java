package com.caringmedical.clinic.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.editing.PublicationStatus;

/** An author as editors read and write it: what GET /editor/authors/{slug} returns is what a PUT takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EditableAuthor", description = "An author or medical reviewer as editors read and write them. "
        + "status DRAFT keeps the profile off the public API.")
public record AuthorForm(
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits in words joined by '-'")
        @Size(max = 200) @Schema(examples = "ross-hauser") String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "Ross Hauser") String name,
        @Size(max = 200) @Schema(description = "As shown after the name.", examples = "MD") String credentials,
        @Size(max = 200) @Schema(examples = "Physician") String role,
        @Size(max = 2000) @Schema(description = "A short biography, plain text.",
                examples = "Treats spine and joint pain with regenerative injections.") String bio,
        @Size(max = 2000) @Schema(description = "The author's page on the clinic's site (http or https).",
                examples = "https://www.clinic.example/team/ross-hauser") String profileUrl,
        @Pattern(regexp = "[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]", message = "must be an ORCID iD: 0000-0002-1825-0097")
        @Schema(description = "ORCID iD, without the https://orcid.org/ prefix.", examples = "0000-0002-1825-0097")
        String orcid,
        @Positive @Schema(description = "The id of a portrait in the media library.", examples = "42") Long photo,
        @Schema(description = "DRAFT (the default when creating) or PUBLISHED.") PublicationStatus status) {

    static AuthorForm of(Author author) {
        return new AuthorForm(author.slug(), author.name(), author.credentials(), author.role(), author.bio(),
                author.profileUrl(), author.orcid(), author.photo(), author.status());
    }
}
