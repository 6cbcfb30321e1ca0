package com.caringmedical.clinic.article;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
        + "the public API; publishing sets publishedAt the first time, and every save sets updatedAt.")
public record ArticleForm(
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits in words joined by '-'")
        @Schema(examples = "what-is-dry-needling") String slug,
        @NotBlank @Size(max = 300) @Schema(examples = "What is dry needling?") String title,
        @NotBlank @Size(max = 2000) @Schema(examples = "How it works, and what the studies say.") String summary,
        @NotNull @Valid AuthorForm author,
        @NotNull List<@NotBlank @Size(max = 1000) String> keyPoints,
        @NotNull List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits in words joined by '-'") String> topics,
        @NotEmpty @Size(max = 1000) @Schema(description = "The body: blocks in reading order. Citation marks number "
                + "the references below (1 is the first).") List<@NotNull @Valid Block> body,
        @NotNull @Schema(description = "Ids of the cited references, in citation order.", examples = "[7, 3]")
        List<@NotNull Long> references,
        @NotNull @Schema(description = "Slugs of the treatment options it discusses, in order.",
                examples = "[\"prolotherapy\"]") List<@NotNull String> treatments,
        @Schema(description = "DRAFT (the default when creating) or PUBLISHED.") PublicationStatus status) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EditableArticleAuthor")
    public record AuthorForm(
            @NotBlank @Size(max = 200) @Schema(examples = "Ross Hauser") String name,
            @Size(max = 200) @Schema(examples = "MD") String credentials) {
    }

    static ArticleForm of(Article article) {
        return new ArticleForm(article.slug(), article.title(), article.summary(),
                new AuthorForm(article.authorName(), article.authorCredentials()), List.copyOf(article.keyPoints()),
                List.copyOf(article.topics()),
                List.copyOf(article.body()),
                article.references().stream().map(reference -> reference.id()).toList(),
                article.treatments().stream().map(treatment -> treatment.slug()).toList(),
                article.status());
    }
}
