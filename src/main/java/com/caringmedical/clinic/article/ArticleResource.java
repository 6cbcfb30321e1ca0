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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.reference.CitationStyle;
import com.caringmedical.clinic.reference.ReferenceFormat;
import com.caringmedical.clinic.reference.ReferenceResource;
import com.caringmedical.clinic.schemaorg.SchemaOrg;
import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.caching.Negotiation;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.paging.UpdatedSince;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

@CachedContent
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Patient education articles.")
public class ArticleResource {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SORT_HELP = "Sort keys: publishedAt, updatedAt, title, slug; prefix '-' for descending; "
            + "comma-separated. Default: -publishedAt.";
    static final String SLUG_MESSAGE = "must be a slug: lower-case letters and digits separated by single hyphens";

    private final ArticleService articles;

    ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles",
            description = "Article summaries, newest first unless sorted otherwise; filter by topic, by the "
                    + "treatment option an article discusses, by author and by medical reviewer.")
    public RestResponse<PageView<ArticleSummaryView>> list(
            @Valid @BeanParam ArticleFilter filter,
            @BeanParam UpdatedSince updated,
            @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = SORT_HELP, example = "-updatedAt") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(articles.list(filter, updated.since(), page, sort), uri);
    }

    @GET
    @Path("/{slug}")
    @Produces({ MediaType.APPLICATION_JSON, SchemaOrg.MEDIA_TYPE })
    @Operation(operationId = "getArticle", summary = "Get one article with its references and treatment options",
            description = "Everything needed to render the article: its body as typed blocks (or as HTML with "
                    + "bodyFormat=html), key points, the cited references numbered in citation order, and summaries "
                    + "of the treatment options it discusses. With Accept: application/ld+json, the article as "
                    + "schema.org MedicalWebPage JSON-LD for the page to embed.")
    @APIResponse(responseCode = "200", description = "The article, or its structured data.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)),
        @Content(mediaType = SchemaOrg.MEDIA_TYPE, schema = @Schema(implementation = SchemaOrg.MedicalWebPage.class)) })
    public Response get(
            @PathParam("slug") @Parameter(example = "failed-back-surgery-syndrome-treatment-options") String slug,
            @QueryParam("bodyFormat") @Parameter(description = "blocks (the default) for apps that render the "
                    + "blocks natively; html for the body rendered as HTML.", example = "html") BodyFormat bodyFormat,
            @Context Request request) {
        ArticleView article = articles.find(slug, bodyFormat).orElseThrow(() -> new NotFoundProblem("article", slug));
        String type = Negotiation.choose(request, MediaType.APPLICATION_JSON, SchemaOrg.MEDIA_TYPE);
        return Response.ok(type.equals(SchemaOrg.MEDIA_TYPE) ? ArticleJsonLd.of(article) : article, type).build();
    }

    @GET
    @Path("/{slug}/references")
    @Produces({ MediaType.APPLICATION_JSON, ReferenceFormat.CSL_JSON_TYPE, ReferenceFormat.BIBTEX_TYPE,
        ReferenceFormat.RIS_TYPE })
    @Operation(operationId = "getArticleReferences", summary = "Get an article's reference list, or export it",
            description = "The references the article cites, numbered in citation order, with citations in the "
                    + "requested style. Ask with Accept for CSL-JSON, BibTeX or RIS to save the whole list to a "
                    + "reference manager.")
    @APIResponse(responseCode = "200", description = "The reference list in the negotiated format.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CitedReferencesView.class)),
        @Content(mediaType = ReferenceFormat.CSL_JSON_TYPE, schema = @Schema(ref = "CslJson")),
        @Content(mediaType = ReferenceFormat.BIBTEX_TYPE, schema = @Schema(ref = "BibTeX")),
        @Content(mediaType = ReferenceFormat.RIS_TYPE, schema = @Schema(ref = "Ris")) })
    public Response references(
            @PathParam("slug") @Parameter(example = "failed-back-surgery-syndrome-treatment-options") String slug,
            @QueryParam("style") @Parameter(description = ReferenceResource.STYLE_HELP)
            CitationStyle style,
            @Context Request request) {
        ReferenceFormat format = ReferenceFormat.negotiate(request);
        Object body = format == ReferenceFormat.JSON ? articles.findReferences(slug, CitationStyle.orDefault(style)).orElse(null)
                : articles.exportReferences(slug, format).orElse(null);
        if (body == null) {
            throw new NotFoundProblem("article", slug);
        }
        return format.response(body, slug + "-references");
    }
}
