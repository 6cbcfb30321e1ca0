package com.caringmedical.clinic.article;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

/** From a treatment option to the articles that discuss it. */
@CachedContent
@Path("/treatments/{slug}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class TreatmentArticlesResource {

    private final ArticleService articles;

    TreatmentArticlesResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listTreatmentArticles", summary = "List the articles that discuss a treatment option",
            description = "Summaries of the published articles that discuss it, newest first unless sorted otherwise.")
    public RestResponse<PageView<ArticleSummaryView>> list(
            @PathParam("slug") @Parameter(example = "transforaminal-steroid-injection") String slug,
            @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = ArticleResource.SORT_HELP, example = "-updatedAt") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(articles.listDiscussing(slug, page, sort)
                .orElseThrow(() -> new NotFoundProblem("treatment", slug)), uri);
    }
}
