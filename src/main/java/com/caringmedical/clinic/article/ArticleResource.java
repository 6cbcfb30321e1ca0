package com.caringmedical.clinic.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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

import com.caringmedical.clinic.web.NotFoundProblem;
import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.PagedResponse;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Patient education articles.")
public class ArticleResource {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SLUG_MESSAGE = "must be a slug: lower-case letters and digits separated by single hyphens";

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles",
            description = "Article summaries, newest first unless sorted otherwise; filter by topic and by the "
                    + "treatment option an article discusses.")
    public RestResponse<PageView<ArticleSummaryView>> list(
            @QueryParam("topic") @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            @Parameter(description = "Only articles with this topic slug.", example = "low-back-pain") String topic,
            @QueryParam("treatment") @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            @Parameter(description = "Only articles that discuss the treatment option with this slug.",
                    example = "prolotherapy") String treatment,
            @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = "Sort keys: publishedAt, updatedAt, title, slug; prefix '-' "
                    + "for descending; comma-separated. Default: -publishedAt.", example = "-updatedAt") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(articles.list(topic, treatment, page, sort), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getArticle", summary = "Get one article with its references and treatment options",
            description = "Everything needed to render the article: sections, key points, the cited references "
                    + "numbered in citation order, and summaries of the treatment options it discusses.")
    public ArticleView get(
            @PathParam("slug") @Parameter(example = "failed-back-surgery-syndrome-treatment-options") String slug) {
        return articles.find(slug).orElseThrow(() -> new NotFoundProblem("article", slug));
    }
}
