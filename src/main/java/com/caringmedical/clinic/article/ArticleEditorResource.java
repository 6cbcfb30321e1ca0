package com.caringmedical.clinic.article;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.editing.ContentEditor;
import com.caringmedical.clinic.editing.EditorResponses;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.caching.ChangesContent;
import com.caringmedical.clinic.web.openapi.ClinicApiDocument;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.Problem;

/** Editors write the articles; the public GET /articles shows what they publish, at once. */
@ChangesContent
@Path("/editor/articles")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
public class ArticleEditorResource {

    private static final String SLUG_EXAMPLE = "failed-back-surgery-syndrome-treatment-options";
    private static final String KIND = "article";

    private final ArticleService articles;
    private final ArticleEditing items;
    private final ContentEditor editor;

    ArticleEditorResource(ArticleService articles, ArticleEditing items, ContentEditor editor) {
        this.articles = articles;
        this.items = items;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEditableArticles", summary = "List every article, drafts included (editor)",
            description = "Each item is exactly what GET /editor/articles/{slug} returns and PUT takes. With "
                    + "reviewDueBy, the articles whose medical review is due.")
    public RestResponse<PageView<ArticleForm>> list(
            @QueryParam("reviewDueBy") @Parameter(description = "Only published articles whose medical review is due "
                    + "on or before this day, or that no one has reviewed; the most overdue first unless sorted "
                    + "otherwise.", example = "2027-01-31") LocalDate reviewDueBy,
            @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = "Sort keys: publishedAt, updatedAt, title, slug, nextReviewDue; "
                    + "prefix '-' for descending. Default: -publishedAt.", example = "-updatedAt") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(articles.listForEditors(reviewDueBy, page, sort), uri);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEditableArticle", summary = "Read an article to edit it (editor)",
            description = "The ETag names this version: send it as If-Match with the PUT or DELETE.")
    public RestResponse<ArticleForm> get(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug) {
        return EditorResponses.found(editor.find(items, slug), KIND, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Create an article (editor)",
            description = "A DRAFT unless status is PUBLISHED; references are ids in citation order, treatments are slugs.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the editor's copy.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleForm.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ArticleForm> create(@Valid @NotNull(message = "a JSON object is required") ArticleForm form,
            @Context SecurityContext security, @Context UriInfo uri) {
        return EditorResponses.created(editor.create(items, form, security.getUserPrincipal().getName()), uri);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceArticle", summary = "Change an article, publish or unpublish it (editor)",
            description = "Replaces the whole article, its body included (a changed slug renames it). "
                    + "A published article may name published treatment options only.")
    @APIResponse(responseCode = "200", description = "The article as saved, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleForm.class)))
    @APIResponse(responseCode = "409", description = "The new slug is taken, or the article is being unpublished while "
            + "other published articles link to it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ArticleForm> replace(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Valid @NotNull(message = "a JSON object is required") ArticleForm form,
            @Context SecurityContext security) {
        return EditorResponses.found(
                editor.replace(items, slug, ifMatch, form, security.getUserPrincipal().getName()), KIND, slug);
    }

    @POST
    @Path("/{slug}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordArticleReview", summary = "Record a medical review of an article (editor)",
            description = "Says that the reviewer checked the article as it is now (If-Match names that version): "
                    + "sets the reviewer, lastReview and nextReviewDue; the content and its status stay.")
    @APIResponse(responseCode = "200", description = "The article with the review recorded, and its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v2\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleForm.class)))
    public RestResponse<ArticleForm> review(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the version reviewed.",
                    example = "\"v1\"") String ifMatch,
            @Valid @NotNull(message = "a JSON object is required") ReviewForm review,
            @Context SecurityContext security) {
        return EditorResponses.found(editor.act(items, slug, ifMatch, security.getUserPrincipal().getName(),
                "reviewed", article -> items.recordReview(article, review)), KIND, slug);
    }

    @DELETE
    @Path("/{slug}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article (editor)",
            description = "Deletes the article; the references, treatments and media it named stay.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Other articles link to it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> delete(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Context SecurityContext security) {
        return EditorResponses.deleted(editor.delete(items, slug, ifMatch, security.getUserPrincipal().getName()),
                KIND, slug);
    }
}
