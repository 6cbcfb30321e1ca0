package com.caringmedical.clinic.reference;

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

/** Editors keep the literature references current; the public GET /references shows what they publish, at once. */
@ChangesContent
@Path("/editor/references")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
public class ReferenceEditorResource {

    private static final String ID_EXAMPLE = "7";
    private static final String KIND = "reference";

    private final ReferenceService references;
    private final ReferenceEditing citable;
    private final ContentEditor editor;

    ReferenceEditorResource(ReferenceService references, ReferenceEditing citable, ContentEditor editor) {
        this.references = references;
        this.citable = citable;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEditableReferences", summary = "List every reference, drafts included (editor)",
            description = "Each item is exactly what GET /editor/references/{id} returns and PUT takes.")
    public RestResponse<PageView<ReferenceForm>> list(@Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = "Sort keys: id, year, title; prefix '-' for descending. "
                    + "Default: id.", example = "-year") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(references.listForEditors(page, sort), uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEditableReference", summary = "Read a reference to edit it (editor)",
            description = "The ETag names this version: send it as If-Match with the PUT or DELETE.")
    public RestResponse<ReferenceForm> get(@PathParam("id") @Parameter(example = ID_EXAMPLE) long id) {
        return EditorResponses.found(editor.find(citable, id), KIND, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReference", summary = "Create a reference (editor)",
            description = "A DRAFT unless status is PUBLISHED; its citations in every style are rendered from these fields.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the editor's copy.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceForm.class)))
    @APIResponse(responseCode = "409", description = "Another reference has this DOI or PubMed id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ReferenceForm> create(@Valid @NotNull(message = "a JSON object is required") ReferenceForm form,
            @Context SecurityContext security, @Context UriInfo uri) {
        return EditorResponses.created(editor.create(citable, form, security.getUserPrincipal().getName()), uri);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceReference", summary = "Change a reference, publish or unpublish it (editor)",
            description = "Replaces the whole reference with the body and renders its AMA citation anew. It cannot go back "
                    + "to DRAFT while articles or treatment findings cite it.")
    @APIResponse(responseCode = "200", description = "The reference as saved, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceForm.class)))
    @APIResponse(responseCode = "409", description = "Another reference has this DOI or PubMed id, or content cites a reference being unpublished.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ReferenceForm> replace(@PathParam("id") @Parameter(example = ID_EXAMPLE) long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Valid @NotNull(message = "a JSON object is required") ReferenceForm form,
            @Context SecurityContext security) {
        return EditorResponses.found(
                editor.replace(citable, id, ifMatch, form, security.getUserPrincipal().getName()), KIND, id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteReference", summary = "Delete a reference (editor)",
            description = "Only a reference that no article or treatment finding cites.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Articles or treatment findings cite it.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = ID_EXAMPLE) long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Context SecurityContext security) {
        return EditorResponses.deleted(editor.delete(citable, id, ifMatch, security.getUserPrincipal().getName()),
                KIND, id);
    }
}
