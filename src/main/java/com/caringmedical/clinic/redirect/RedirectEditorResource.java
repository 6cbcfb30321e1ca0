package com.caringmedical.clinic.redirect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.caching.ChangesContent;
import com.caringmedical.clinic.web.openapi.ClinicApiDocument;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;

/** Editors add redirects by hand (an address printed on a leaflet, a page moved before the import) and remove them. */
@ChangesContent
@Path("/editor/redirects")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
public class RedirectEditorResource {

    private final RedirectService redirects;

    RedirectEditorResource(RedirectService redirects) {
        this.redirects = redirects;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRedirect", summary = "Add a redirect (editor)",
            description = "From an old path (or full URL) to existing content.")
    @APIResponse(responseCode = "201", description = "Added; GET /redirects?path= answers with it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedirectView.class)))
    @APIResponse(responseCode = "409", description = "A redirect from that path exists.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RedirectView> create(@Valid @NotNull(message = "a JSON object is required") RedirectForm form,
            @Context SecurityContext security) {
        RedirectView created = redirects.create(form, security.getUserPrincipal().getName());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, created)
                .header(HttpHeaders.LOCATION, "/redirects?path=" + URLEncoder.encode(created.path(), StandardCharsets.UTF_8))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRedirect", summary = "Delete a redirect (editor)",
            description = "The old path then answers 404 again; the content it led to stays.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "7") long id,
            @Context SecurityContext security) {
        if (!redirects.delete(id, security.getUserPrincipal().getName())) {
            throw new NotFoundProblem("redirect", Long.toString(id));
        }
        return RestResponse.noContent();
    }
}
