package com.caringmedical.clinic.preview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.article.ArticleView;
import com.caringmedical.clinic.author.AuthorView;
import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.location.LocationView;
import com.caringmedical.clinic.reference.ReferenceView;
import com.caringmedical.clinic.treatment.TreatmentView;

/** What a preview link shows: the item as the public API will, for whoever holds the link. */
@Path("/previews/{token}")
@Tag(name = "Previews", description = "Drafts as the public will see them, for whoever holds an editor's link.")
public class PreviewResource {

    /** Never kept by any cache; with noindex and no-referrer below, never indexed and never leaked in a Referer. */
    static final String NO_STORE = "no-store";

    private final Previews previews;

    PreviewResource(Previews previews) {
        this.previews = previews;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPreview", summary = "Read an item through a preview link",
            description = "The same JSON as the item's public path (GET /articles/{slug} and the like), whatever its "
                    + "status, while the link works. Never cached (no-store), never kept in the answers "
                    + "kept in memory, and marked noindex. A link that expired, was revoked, or whose item was "
                    + "deleted is a 404, like one that never existed.")
    @APIResponse(responseCode = "200", description = "The item.",
            headers = { @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING,
                    examples = NO_STORE)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {
                    ArticleView.class, TreatmentView.class, LocationView.class, ReferenceView.class,
                    AuthorView.class })))
    public RestResponse<Object> get(
            @PathParam("token") @Parameter(description = "The link's token, as the editor got it.",
                    example = "pv_2vYxQ0b8c3JmT1kqB7aXn4sLr9Wd6eFg5hUiZoPyCtM") String token,
            @QueryParam("bodyFormat") @Parameter(description = "For an article: blocks (the default) or html, as on "
                    + "GET /articles/{slug}.", example = "html") BodyFormat bodyFormat) {
        return RestResponse.ResponseBuilder.ok(previews.show(token, bodyFormat))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
