package com.caringmedical.clinic.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Who wrote an article. */
@Schema(name = "ArticleAuthor")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleAuthorView(@Schema(examples = "Ross Hauser") String name,
        @Schema(examples = "MD") String credentials) {
}
