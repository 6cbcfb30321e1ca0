package com.caringmedical.clinic.reference;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.paging.UpdatedSince;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

@CachedContent
@Path("/references")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "References", description = "The published literature that articles and treatment evidence cite.")
public class ReferenceResource {

    /** How the style parameter is described wherever it is taken. */
    public static final String STYLE_HELP = "Citation style of the citation field: ama (default), apa, vancouver or "
            + "harvard. Example: apa";

    private final ReferenceService references;

    ReferenceResource(ReferenceService references) {
        this.references = references;
    }

    @GET
    @Operation(operationId = "listReferences", summary = "List literature references",
            description = "All references with full bibliographic data and a citation in the requested style, one "
                    + "page at a time.")
    public RestResponse<PageView<ReferenceView>> list(@Valid @BeanParam PageParams page,
            @BeanParam UpdatedSince updated,

            @QueryParam("sort") @Parameter(description = "Sort keys: id, year, title; prefix '-' for descending; "
                    + "comma-separated. Default: id.", example = "-year") String sort,
            @QueryParam("style") @Parameter(description = STYLE_HELP) CitationStyle style,
            @Context UriInfo uri) {
        return PagedResponse.ok(references.list(updated.since(), page, sort, CitationStyle.orDefault(style)), uri);
    }

    @GET
    @Path("/{id}")
    @Produces({ MediaType.APPLICATION_JSON, ReferenceFormat.CSL_JSON_TYPE, ReferenceFormat.BIBTEX_TYPE,
        ReferenceFormat.RIS_TYPE })
    @Operation(operationId = "getReference", summary = "Get one literature reference, or export it",
            description = "JSON with a citation in the requested style by default. Ask with Accept for CSL-JSON, "
                    + "BibTeX or RIS to save it to a reference manager (the style does not apply there).")
    @APIResponse(responseCode = "200", description = "The reference in the negotiated format.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceView.class)),
        @Content(mediaType = ReferenceFormat.CSL_JSON_TYPE, schema = @Schema(ref = "CslJson")),
        @Content(mediaType = ReferenceFormat.BIBTEX_TYPE, schema = @Schema(ref = "BibTeX")),
        @Content(mediaType = ReferenceFormat.RIS_TYPE, schema = @Schema(ref = "Ris")) })
    public Response get(@PathParam("id") @Parameter(description = "The reference's numeric id.", example = "2") Long id,
            @QueryParam("style") @Parameter(description = STYLE_HELP) CitationStyle style,
            @Context Request request) {
        ReferenceFormat format = ReferenceFormat.negotiate(request);
        Object body = format == ReferenceFormat.JSON ? references.find(id, CitationStyle.orDefault(style)).orElse(null)
                : references.export(id, format).orElse(null);
        if (body == null) {
            throw new NotFoundProblem("reference", id);
        }
        return format.response(body, "reference-" + id);
    }
}
