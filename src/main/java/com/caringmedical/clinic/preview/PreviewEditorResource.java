package com.caringmedical.clinic.preview;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.editing.ItemPath;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.openapi.ClinicApiDocument;
import com.caringmedical.clinic.web.problem.InvalidParameterException;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

/** Editors make, list and revoke preview links. */
@Path("/editor/previews")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
@Produces(MediaType.APPLICATION_JSON)
public class PreviewEditorResource {

    private final Previews previews;

    PreviewEditorResource(Previews previews) {
        this.previews = previews;
    }

    @POST
    @Path("/{kind}/{key}")
    @Operation(operationId = "createPreviewLink", summary = "Make a preview link for an item (editor)",
            description = "A link that shows the item as the public API will show it once published, drafts "
                    + "included, to whoever holds it, without credentials: for the front-end's preview page, or a "
                    + "reviewer outside the clinic. It works for validFor (clinic.previews.valid-for, 24 hours, at "
                    + "most clinic.previews.max-valid-for), until revoked, and while the item exists. The link is "
                    + "answered only now; keep it like a password.")
    @APIResponse(responseCode = "201", description = "The link; Location says where it leads.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedPreviewView.class)))
    public RestResponse<CreatedPreviewView> create(@BeanParam ItemPath item,
            @QueryParam("validFor") @Parameter(description = "How long the link works, as an ISO 8601 duration.",
                    example = "PT2H") String validFor,
            @Context SecurityContext security) {
        CreatedPreviewView created = previews.create(item.kind(), item.key(), duration(validFor),
                security.getUserPrincipal().getName());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, created)
                .header(HttpHeaders.LOCATION, created.href())
                .header(HttpHeaders.CACHE_CONTROL, PreviewResource.NO_STORE).build();
    }

    @GET
    @Path("/{kind}/{key}")
    @Operation(operationId = "listPreviewLinks", summary = "List an item's preview links (editor)",
            description = "Newest first, working or not; never with their addresses.")
    public List<PreviewLinkView> list(@BeanParam ItemPath item) {
        return previews.ofItem(item.kind(), item.key());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokePreviewLink", summary = "Revoke a preview link (editor)",
            description = "The link stops working at once; it stays listed as REVOKED.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public RestResponse<Void> revoke(@PathParam("id") @Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            String id, @Context SecurityContext security) {
        UUID link;
        try {
            link = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundProblem("preview link", id);
        }
        previews.revoke(link, security.getUserPrincipal().getName());
        return RestResponse.noContent();
    }

    private static Duration duration(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("validFor", "must be an ISO 8601 duration such as PT2H or P3D");
        }
    }
}
