package com.caringmedical.clinic.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.editing.ItemPath;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.openapi.ClinicApiDocument;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;

/** When content goes public and when it stops: set per item, done by a job at the time. */
@Path("/editor/schedules")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final Schedules schedules;

    ScheduleResource(Schedules schedules) {
        this.schedules = schedules;
    }

    @GET
    @Operation(operationId = "listScheduledChanges", summary = "List the scheduled changes still to come (editor)",
            description = "Every pending publish and unpublish, soonest first, of every kind.")
    public RestResponse<PageView<PendingChange>> pending(@Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return PagedResponse.ok(schedules.pending(page), uri);
    }

    @GET
    @Path("/{kind}/{key}")
    @Operation(operationId = "getSchedule", summary = "Read an item's schedule (editor)",
            description = "The pending publish and unpublish, and every scheduled change done or failed.")
    @APIResponse(responseCode = "200", description = "The schedule.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    public ScheduleView get(@BeanParam ItemPath item) {
        return schedules.find(item.kind(), item.key());
    }

    @PUT
    @Path("/{kind}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSchedule", summary = "Schedule an item's publishing and unpublishing (editor)",
            description = "Replaces the pending times: at publishAt the item is set to PUBLISHED, at unpublishAt back "
                    + "to DRAFT, by the editor 'scheduler', with the kind's rules as for any save (a change they "
                    + "refuse then is marked FAILED with the reason). A null time removes that change. Done once, on "
                    + "one instance, within clinic.schedule.poll-interval of its time; kept across restarts. Media "
                    + "have no status and no schedule.")
    @APIResponse(responseCode = "200", description = "The schedule as it now is.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    public ScheduleView set(@BeanParam ItemPath item,
            @Valid @NotNull(message = "a JSON object is required") ScheduleForm form,
            @Context SecurityContext security) {
        return schedules.set(item.kind(), item.key(), form, security.getUserPrincipal().getName());
    }
}
