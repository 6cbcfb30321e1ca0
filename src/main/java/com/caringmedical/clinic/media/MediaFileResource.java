package com.caringmedical.clinic.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.caringmedical.clinic.web.problem.NotFoundProblem;

/**
 * Each variant's bytes, at a URL that never changes what it serves, so browsers and CDNs keep it for a year. Read
 * from the database on every request that reaches the service, and deliberately not {@code @CachedContent}: megabytes
 * of images would crowd the small JSON answers out of the instance's memory.
 */
@Path("/media/{id}/{file}")
@Tag(name = "Media")
public class MediaFileResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final MediaService media;

    MediaFileResource(MediaService media) {
        this.media = media;
    }

    @GET
    @Produces({ "image/webp", "image/jpeg", "image/png" })
    @Operation(operationId = "getMediaFile", summary = "Get one variant of an image",
            description = "The file {width}.{ext} of the image: a width from its variants, ext one of webp, jpg, png "
                    + "(the URLs in GET /media/{id}). It never changes: cache it for a year. Every byte was "
                    + "re-encoded from pixels: no EXIF, GPS or other metadata.")
    @APIResponse(responseCode = "200", description = "The image file.",
            headers = {
                @Header(name = "ETag", ref = "ETag"),
                @Header(name = "Cache-Control", description = "Immutable: the URL always serves these bytes.",
                        schema = @Schema(type = SchemaType.STRING, examples = IMMUTABLE)),
                @Header(name = "Content-Length", schema = @Schema(type = SchemaType.INTEGER, examples = "48213")) },
            content = {
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response file(@PathParam("id") @Parameter(example = "42") long id,
            @PathParam("file") @Parameter(description = "{width}.{ext}", example = "640.webp") String file) {
        VariantFile variant = media.variantFile(id, file)
                .orElseThrow(() -> new NotFoundProblem("file of image " + id, file));
        return Response.ok(variant.bytes(), variant.contentType())
                .tag(new EntityTag(variant.etag()))
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .build();
    }
}
