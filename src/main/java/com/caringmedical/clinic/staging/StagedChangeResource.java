package com.caringmedical.clinic.staging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.article.ArticleForm;
import com.caringmedical.clinic.author.AuthorForm;
import com.caringmedical.clinic.editing.Edited;
import com.caringmedical.clinic.editing.ItemPath;
import com.caringmedical.clinic.location.LocationForm;
import com.caringmedical.clinic.reference.ReferenceForm;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.treatment.TreatmentForm;
import com.caringmedical.clinic.web.openapi.ClinicApiDocument;
import com.caringmedical.clinic.web.problem.Problem;

import com.fasterxml.jackson.databind.JsonNode;

/** Changes saved aside until they are published; approved first where the clinic wants a second person. */
@Path("/editor/staged/{kind}/{key}")
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
@Produces(MediaType.APPLICATION_JSON)
public class StagedChangeResource {

    private final StagedChanges changes;

    StagedChangeResource(StagedChanges changes) {
        this.changes = changes;
    }

    @PUT
    @RolesAllowed(StaffRole.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stageChange", summary = "Stage a change of an item (editor)",
            description = "Saves the whole form aside, as PUT /editor/{kind}/{key} takes it, without changing the "
                    + "item: the public keeps seeing it as it is. Replaces what was staged before, and with it any "
                    + "approval. The form is checked as a PUT checks its fields; the kind's other rules (a taken "
                    + "slug, what a published item may name) apply when it is published.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            anyOf = { ArticleForm.class, TreatmentForm.class, LocationForm.class, ReferenceForm.class,
                    AuthorForm.class })))
    @APIResponse(responseCode = "200", description = "The staged change, with what it changes; its ETag is what an "
            + "approval names.", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING,
                    examples = "\"v0\"")), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StagedChangeView.class)))
    public RestResponse<StagedChangeView> stage(@BeanParam ItemPath item, JsonNode form,
            @Context SecurityContext security) {
        return tagged(changes.stage(item.kind(), item.key(), form, security.getUserPrincipal().getName()));
    }

    @GET
    @RolesAllowed({ StaffRole.EDITOR, StaffRole.REVIEWER })
    @Operation(operationId = "getStagedChange", summary = "Read an item's staged change (editor, reviewer)",
            description = "The form waiting, what it changes (a JSON Patch from the item as it is), whether the item "
                    + "changed since, and where its approval stands.")
    @APIResponse(responseCode = "200", description = "The staged change.", headers = @Header(name = "ETag",
            schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")), content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StagedChangeView.class)))
    public RestResponse<StagedChangeView> get(@BeanParam ItemPath item) {
        return tagged(changes.find(item.kind(), item.key()));
    }

    @DELETE
    @RolesAllowed(StaffRole.EDITOR)
    @Operation(operationId = "discardStagedChange", summary = "Discard an item's staged change (editor)",
            description = "The item stays as it is.")
    @APIResponse(responseCode = "204", description = "Discarded.")
    public RestResponse<Void> discard(@BeanParam ItemPath item, @Context SecurityContext security) {
        changes.discard(item.kind(), item.key(), security.getUserPrincipal().getName());
        return RestResponse.noContent();
    }

    @POST
    @Path("/approve")
    @RolesAllowed(StaffRole.REVIEWER)
    @Operation(operationId = "approveStagedChange", summary = "Approve an item's staged change (reviewer)",
            description = "Approves the staged change as it was read (If-Match: its ETag), for the kinds that need a "
                    + "second person before they are published (clinic.publishing.approval-required-for). Not a "
                    + "change one staged oneself. Staging it anew withdraws the approval.")
    @APIResponse(responseCode = "200", description = "The staged change, approved.", headers = @Header(name = "ETag",
            schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")), content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StagedChangeView.class)))
    @APIResponse(responseCode = "409", description = "The reviewer staged it.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StagedChangeView> approve(@BeanParam ItemPath item,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The staged change's ETag as read.",
                    example = "\"v0\"") String ifMatch,
            @Context SecurityContext security) {
        return tagged(changes.approve(item.kind(), item.key(), ifMatch, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("/publish")
    @RolesAllowed(StaffRole.EDITOR)
    @Operation(operationId = "publishStagedChange", summary = "Apply an item's staged change (editor)",
            description = "Saves the staged form to the item through the editing flow (a revision, the change feed, "
                    + "webhooks, the public paths) and forgets it. If-Match names the item's version, which must "
                    + "still be the one the change was staged from. Where the kind needs it, the change must be "
                    + "approved.")
    @APIResponse(responseCode = "200", description = "The item as saved, with its new ETag.", headers = @Header(
            name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v4\"")), content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = { ArticleForm.class,
                            TreatmentForm.class, LocationForm.class, ReferenceForm.class, AuthorForm.class })))
    @APIResponse(responseCode = "409", description = "The item changed since the change was staged, the change "
            + "needs an approval it does not have, or a rule of the kind refuses it.", content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Object> publish(@BeanParam ItemPath item,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The item's ETag (GET /editor/{kind}/{key}).",
                    example = "\"v3\"") String ifMatch,
            @Context SecurityContext security) {
        Edited<?, ?> published = changes.publish(item.kind(), item.key(), ifMatch,
                security.getUserPrincipal().getName());
        return RestResponse.ResponseBuilder.<Object>ok(published.form()).header(HttpHeaders.ETAG, published.tag())
                .build();
    }

    private static RestResponse<StagedChangeView> tagged(StagedChanges.Tagged tagged) {
        return RestResponse.ResponseBuilder.ok(tagged.view()).header(HttpHeaders.ETAG, tagged.tag()).build();
    }
}
