package com.caringmedical.clinic.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.problem.Problem;

/** For apps that keep content offline: what changed since they last asked, tombstones included. */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Keeping an offline copy of the public content current.")
public class ChangeFeedResource {

    private final ChangeFeed feed;

    ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "What changed in the public content since a position",
            description = "To start: GET /changes without since gives a position (next); then read the lists, and "
                    + "from then on ask with since=<next>. Each change says PUBLISHED (fetch href again) or REMOVED "
                    + "(forget the item under that key: unpublished, deleted or renamed). An article is reported "
                    + "changed when a treatment option, reference or author it shows changes. Ask again at once "
                    + "while more is true. Not kept in memory; Cache-Control: no-cache with an ETag.")
    @APIResponse(responseCode = "200", description = "The changes after since, and the position to ask from next.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangesView.class)))
    @APIResponse(responseCode = "410", description = "Changes this old are no longer kept: read the lists again.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ChangesView> changes(
            @QueryParam(SyncPosition.PARAMETER) @Parameter(description = "The position from an earlier answer's next.",
                    example = "7421.1093") String since,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(ChangeFeed.MAX_LIMIT)
            @Parameter(description = "At most this many changes (1 to 1000).", example = "500") int limit) {
        return RestResponse.ResponseBuilder.ok(feed.after(since, limit))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
