package com.caringmedical.clinic.author;

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

/** Editors keep the author and reviewer profiles; the public GET /authors shows what they publish, at once. */
@ChangesContent
@Path("/editor/authors")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
public class AuthorEditorResource {

    private static final String SLUG_EXAMPLE = "ross-hauser";
    private static final String KIND = "author";

    private final AuthorService authors;
    private final AuthorEditing profiles;
    private final ContentEditor editor;

    AuthorEditorResource(AuthorService authors, AuthorEditing profiles, ContentEditor editor) {
        this.authors = authors;
        this.profiles = profiles;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEditableAuthors", summary = "List every author, drafts included (editor)",
            description = "Each item is exactly what GET /editor/authors/{slug} returns and PUT takes.")
    public RestResponse<PageView<AuthorForm>> list(@Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = "Sort keys: name, slug; prefix '-' for descending. Default: name.",
                    example = "name") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(authors.listForEditors(page, sort), uri);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEditableAuthor", summary = "Read an author's profile to edit it (editor)",
            description = "The ETag names this version: send it as If-Match with the PUT or DELETE.")
    public RestResponse<AuthorForm> get(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug) {
        return EditorResponses.found(editor.find(profiles, slug), KIND, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAuthor", summary = "Create an author or medical reviewer (editor)",
            description = "A DRAFT unless status is PUBLISHED. Articles name authors by slug.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the editor's copy.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorForm.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AuthorForm> create(@Valid @NotNull(message = "a JSON object is required") AuthorForm form,
            @Context SecurityContext security, @Context UriInfo uri) {
        return EditorResponses.created(editor.create(profiles, form, security.getUserPrincipal().getName()), uri);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAuthor", summary = "Change an author's profile, publish or unpublish it (editor)",
            description = "Replaces the whole profile (a changed slug renames it). It cannot go back to DRAFT while "
                    + "published articles name the author.")
    @APIResponse(responseCode = "200", description = "The profile as saved, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorForm.class)))
    @APIResponse(responseCode = "409", description = "The new slug is taken, or published articles name an author being unpublished.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AuthorForm> replace(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Valid @NotNull(message = "a JSON object is required") AuthorForm form,
            @Context SecurityContext security) {
        return EditorResponses.found(
                editor.replace(profiles, slug, ifMatch, form, security.getUserPrincipal().getName()), KIND, slug);
    }

    @DELETE
    @Path("/{slug}")
    @Operation(operationId = "deleteAuthor", summary = "Delete an author (editor)",
            description = "Only an author no article names as writer or reviewer.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Articles name this author.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> delete(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Context SecurityContext security) {
        return EditorResponses.deleted(editor.delete(profiles, slug, ifMatch, security.getUserPrincipal().getName()),
                KIND, slug);
    }
}
