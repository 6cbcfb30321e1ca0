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

/** From a literature reference to the articles that cite it. */
@CachedContent
@Path("/references/{id}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ReferenceArticlesResource {

    private final ArticleService articles;

    ReferenceArticlesResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listReferenceArticles", summary = "List the articles that cite a reference",
            description = "Summaries of the published articles that cite it, newest first unless sorted otherwise.")
    public RestResponse<PageView<ArticleSummaryView>> list(
            @PathParam("id") @Parameter(description = "The reference's numeric id.", example = "4") Long id,
            @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = ArticleResource.SORT_HELP, example = "-updatedAt") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(articles.listCiting(id, page, sort)
                .orElseThrow(() -> new NotFoundProblem("reference", id)), uri);
    }
}
