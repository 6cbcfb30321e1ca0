package com.caringmedical.clinic.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

/**
 * An image's metadata and srcsets for everyone. Kept in memory like all public content (the media tables announce
 * their changes); the variants' bytes are served by {@link MediaFileResource}, which is not.
 */
@CachedContent
@Path("/media/{id}")
@Tag(name = "Media", description = "Images for articles, treatments, offices and authors: each in several widths, "
        + "as WebP and as JPEG or PNG, with ready srcsets for <picture>.")
public class MediaResource {

    private final MediaService media;

    MediaResource(MediaService media) {
        this.media = media;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMedia", summary = "Get an image's texts, variants and srcsets",
            description = "Everything a front-end needs for <picture>: one <source> per entry of sources (WebP "
                    + "first), src for the <img>, alt (empty when decorative), width and height for the aspect ratio.")
    @APIResponse(responseCode = "200", description = "The image.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaView.class)))
    public RestResponse<MediaView> get(@PathParam("id") @Parameter(example = "42") long id) {
        return RestResponse.ok(media.find(id).orElseThrow(() -> new NotFoundProblem("image", id)));
    }
}
