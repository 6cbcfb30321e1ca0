package com.caringmedical.clinic.revision;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import com.caringmedical.clinic.editing.EditorResponses;
import com.caringmedical.clinic.editing.ItemPath;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.caching.ChangesContent;
import com.caringmedical.clinic.web.openapi.ClinicApiDocument;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.Problem;

/** The history of every kind of content: list, read, compare and restore revisions. */
@ChangesContent
@Path("/editor/revisions/{kind}/{key}")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {

    private final Revisions revisions;

    RevisionResource(Revisions revisions) {
        this.revisions = revisions;
    }

    @GET
    @Operation(operationId = "listRevisions", summary = "List an item's revisions, newest first (editor)",
            description = "Every save through the editor endpoints (and imports) is a revision: who, when, what it "
                    + "did, the status it left. Content saved before revisions were kept starts with a 'baseline' "
                    + "revision, its state as found, recorded at its first change.")
    public RestResponse<PageView<RevisionSummary>> list(@BeanParam ItemPath item, @Valid @BeanParam PageParams page,
            @Context UriInfo uri) {
        return PagedResponse.ok(revisions.list(item.kind(), item.key(), page), uri);
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getRevision", summary = "Read one revision with its whole form (editor)",
            description = "The form is what GET on the kind's editor endpoint answered right after this revision.")
    @APIResponse(responseCode = "200", description = "The revision and the form it kept.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RevisionView.class)))
    public RevisionView get(@BeanParam ItemPath item,
            @PathParam("number") @Min(1) @Parameter(example = "2") int number) {
        return revisions.find(item.kind(), item.key(), number);
    }

    @GET
    @Path("/{number}/diff")
    @Operation(operationId = "diffRevisions", summary = "Compare two revisions (editor)",
            description = "A JSON Patch from revision `from` (by default the one before) to revision {number}.")
    @APIResponse(responseCode = "200", description = "What changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RevisionDiff.class)))
    public RevisionDiff diff(@BeanParam ItemPath item,
            @PathParam("number") @Min(1) @Parameter(example = "2") int number,
            @QueryParam("from") @Min(1) @Parameter(description = "The revision to compare with; by default the one "
                    + "before {number}.", example = "1") Integer from) {
        return revisions.diff(item.kind(), item.key(), number, from);
    }

    @POST
    @Path("/{number}/restore")
    @Operation(operationId = "restoreRevision", summary = "Bring an earlier revision back (editor)",
            description = "Saves the revision's form as the item, as PUT on the kind's editor endpoint would (with "
                    + "If-Match, the same rules; publishing status included), and records it as a new revision.")
    @APIResponse(responseCode = "200", description = "The item as saved, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "The kind's editor form.")))
    @APIResponse(responseCode = "409", description = "The revision's form no longer fits today's rules (an item "
            + "it names was deleted, say), or its slug is taken.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<?> restore(@BeanParam ItemPath item,
            @PathParam("number") @Min(1) @Parameter(example = "1") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The item's current ETag.",
                    example = "\"v2\"") String ifMatch,
            @Context SecurityContext security) {
        return EditorResponses.found(Optional.of(revisions.restore(item.kind(), item.key(), number, ifMatch,
                security.getUserPrincipal().getName())), item.kind(), item.key());
    }
}
