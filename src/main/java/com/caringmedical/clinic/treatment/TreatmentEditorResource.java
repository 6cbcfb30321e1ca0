package com.caringmedical.clinic.treatment;

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

/** Editors keep the treatment options current; the public GET /treatments shows what they publish, at once. */
@ChangesContent
@Path("/editor/treatments")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
public class TreatmentEditorResource {

    private static final String SLUG_EXAMPLE = "prolotherapy";
    private static final String KIND = "treatment";

    private final TreatmentService treatments;
    private final TreatmentEditing options;
    private final ContentEditor editor;

    TreatmentEditorResource(TreatmentService treatments, TreatmentEditing options, ContentEditor editor) {
        this.treatments = treatments;
        this.options = options;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEditableTreatments", summary = "List every treatment option, drafts included (editor)",
            description = "Each item is exactly what GET /editor/treatments/{slug} returns and PUT takes.")
    public RestResponse<PageView<TreatmentForm>> list(@Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = "Sort keys: name, slug, category; prefix '-' for descending. "
                    + "Default: name.", example = "name") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(treatments.listForEditors(page, sort), uri);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEditableTreatment", summary = "Read a treatment option to edit it (editor)",
            description = "The ETag names this version: send it as If-Match with the PUT or DELETE.")
    public RestResponse<TreatmentForm> get(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug) {
        return EditorResponses.found(editor.find(options, slug), KIND, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTreatment", summary = "Create a treatment option (editor)",
            description = "A DRAFT unless status is PUBLISHED; each evidence finding cites a reference by id.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the editor's copy.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentForm.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TreatmentForm> create(@Valid @NotNull(message = "a JSON object is required") TreatmentForm form,
            @Context SecurityContext security, @Context UriInfo uri) {
        return EditorResponses.created(editor.create(options, form, security.getUserPrincipal().getName()), uri);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTreatment", summary = "Change a treatment option, publish or unpublish it (editor)",
            description = "Replaces the whole treatment, evidence included, with the body (a changed slug renames it). It cannot go back to DRAFT while articles discuss it.")
    @APIResponse(responseCode = "200", description = "The treatment as saved, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentForm.class)))
    @APIResponse(responseCode = "409", description = "The new slug is taken, or articles discuss or link to a treatment being unpublished.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TreatmentForm> replace(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Valid @NotNull(message = "a JSON object is required") TreatmentForm form,
            @Context SecurityContext security) {
        return EditorResponses.found(
                editor.replace(options, slug, ifMatch, form, security.getUserPrincipal().getName()), KIND, slug);
    }

    @DELETE
    @Path("/{slug}")
    @Operation(operationId = "deleteTreatment", summary = "Delete a treatment option (editor)",
            description = "Only a treatment no article discusses.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Articles discuss or link to this treatment.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> delete(@PathParam("slug") @Parameter(example = SLUG_EXAMPLE) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Context SecurityContext security) {
        return EditorResponses.deleted(editor.delete(options, slug, ifMatch, security.getUserPrincipal().getName()),
                KIND, slug);
    }
}
