package com.caringmedical.clinic.article;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a public list of articles may be narrowed to: each filter a slug, all of them applying together. */
public class ArticleFilter {

    @QueryParam("topic")
    @Pattern(regexp = ArticleResource.SLUG, message = ArticleResource.SLUG_MESSAGE)
    @Parameter(description = "Only articles with this topic slug.", example = "low-back-pain")
    String topic;

    @QueryParam("treatment")
    @Pattern(regexp = ArticleResource.SLUG, message = ArticleResource.SLUG_MESSAGE)
    @Parameter(description = "Only articles that discuss the treatment option with this slug.", example = "prolotherapy")
    String treatment;

    @QueryParam("author")
    @Pattern(regexp = ArticleResource.SLUG, message = ArticleResource.SLUG_MESSAGE)
    @Parameter(description = "Only articles this author wrote.", example = "ross-hauser")
    String author;

    @QueryParam("reviewer")
    @Pattern(regexp = ArticleResource.SLUG, message = ArticleResource.SLUG_MESSAGE)
    @Parameter(description = "Only articles this author medically reviewed.", example = "jane-doe")
    String reviewer;

    String topic() {
        return topic;
    }

    String treatment() {
        return treatment;
    }

    String author() {
        return author;
    }

    String reviewer() {
        return reviewer;
    }
}
