package com.caringmedical.clinic.treatment;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.paging.UpdatedSince;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

@CachedContent
@Path("/treatments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatments", description = "Treatment options, with the research evidence for each.")
public class TreatmentResource {

    static final String SORT_HELP = "Sort keys: name, slug, category; prefix '-' for descending; comma-separated. "
            + "Default: name.";

    private final TreatmentService treatments;

    TreatmentResource(TreatmentService treatments) {
        this.treatments = treatments;
    }

    @GET
    @Operation(operationId = "listTreatments", summary = "List treatment options",
            description = "Summaries of the treatment options, optionally of one category.")
    public RestResponse<PageView<TreatmentSummaryView>> list(
            @QueryParam("category") @Parameter(description = "Only options of this category (any letter case).",
                    example = "REGENERATIVE_INJECTION") TreatmentCategory category,
            @BeanParam UpdatedSince updated,
            @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = SORT_HELP, example = "category,name") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(treatments.list(category, updated.since(), page, sort), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTreatment", summary = "Get one treatment option with its evidence",
            description = "The full description and every evidence finding with the reference it cites.")
    public TreatmentView get(@PathParam("slug") @Parameter(example = "transforaminal-steroid-injection") String slug) {
        return treatments.find(slug).orElseThrow(() -> new NotFoundProblem("treatment", slug));
    }
}
