package com.caringmedical.clinic.syndication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.problem.Problem;

/** For search engines and feed readers: the sitemap and the Atom feed, kept in memory like every public read. */
@CachedContent
@Path("/")
@Tag(name = "Sitemap and feed", description = "The front-end's pages for search engines, and new articles for feed "
        + "readers.")
public class SyndicationResource {

    static final String ATOM = "application/atom+xml";

    private final Syndication syndication;

    SyndicationResource(Syndication syndication) {
        this.syndication = syndication;
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    @Operation(operationId = "getSitemap", summary = "The sitemap of the public site",
            description = "Every published article, treatment option and office at its page on the public site "
                    + "(clinic.syndication.site-url, with the paths of clinic.body.links.*), with lastmod from its "
                    + "last save. The sitemaps.org protocol 0.9.")
    @APIResponse(responseCode = "200", description = "The sitemap.", content = @Content(mediaType = "application/xml",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "The public site's address is not configured.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String sitemap() {
        return syndication.sitemap();
    }

    @GET
    @Path("feed.atom")
    @Produces(ATOM)
    @Operation(operationId = "getFeed", summary = "The Atom feed of articles",
            description = "The published articles saved last (clinic.syndication.feed-size, 50), newest first: title, "
                    + "summary, author, topics and the link to the article's page. Each entry's id stays when the "
                    + "article's slug changes. Atom (RFC 4287).")
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = ATOM,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "The public site's address is not configured.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String feed() {
        return syndication.feed();
    }
}
