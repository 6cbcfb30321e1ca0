package com.caringmedical.clinic.redirect;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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

import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;

/** Old addresses (an imported site's permalinks, renamed content) and where their content lives now. */
@Path("/redirects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Redirects", description = "Old addresses that keep working.")
public class RedirectResource {

    private final RedirectService redirects;

    RedirectResource(RedirectService redirects) {
        this.redirects = redirects;
    }

    @GET
    @Operation(operationId = "getRedirects", summary = "Look up an old address, or list every redirect",
            description = "With path: 301 with Location set to where this API serves the content now, and the "
                    + "redirect as the body (a front-end answers its own 301 from it), or 404. Without: every "
                    + "redirect, by path, for a front-end's redirect map at build time.")
    @APIResponse(responseCode = "200", description = "Every redirect, by path (without path).")
    @APIResponse(responseCode = "301", description = "The content of that address lives at Location now.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING,
                    examples = "/articles/failed-back-surgery-syndrome-treatment-options")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RedirectView.class)))
    @APIResponse(responseCode = "404", description = "No redirect has that path.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PageView<RedirectView>> get(
            @QueryParam("path") @Parameter(description = "An old path or full URL; the query, fragment and a "
                    + "trailing slash do not count.", example = "/2013/04/failed-back-surgery/") String path,
            @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        if (path == null) {
            return PagedResponse.ok(redirects.list(page), uri);
        }
        RedirectView redirect = redirects.find(path).orElseThrow(() -> new NotFoundProblem("redirect", path));
        return movedTo(redirect);
    }

    /**
     * The 301 with the redirect as its body. The method's declared type is the list's, so that the OpenAPI document
     * names the list's schema; a 301's body is the one redirect, as its own response documents.
     */
    @SuppressWarnings("unchecked")
    private static RestResponse<PageView<RedirectView>> movedTo(RedirectView redirect) {
        RestResponse<?> moved = RestResponse.ResponseBuilder.create(RestResponse.Status.MOVED_PERMANENTLY, redirect)
                .header(HttpHeaders.LOCATION, redirect.apiPath()).build();
        return (RestResponse<PageView<RedirectView>>) moved;
    }
}
