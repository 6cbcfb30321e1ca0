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
import com.caringmedical.clinic.web.problem.NotFoundProblem;

/** From a literature reference to the treatment options whose evidence cites it. */
@CachedContent
@Path("/references/{id}/treatments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatments")
public class ReferenceTreatmentsResource {

    private final TreatmentService treatments;

    ReferenceTreatmentsResource(TreatmentService treatments) {
        this.treatments = treatments;
    }

    @GET
    @Operation(operationId = "listReferenceTreatments", summary = "List the treatment options whose evidence cites a reference",
            description = "Summaries of the published treatment options with an evidence finding that cites it.")
    public RestResponse<PageView<TreatmentSummaryView>> list(
            @PathParam("id") @Parameter(description = "The reference's numeric id.", example = "4") Long id,
            @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = TreatmentResource.SORT_HELP, example = "category,name") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(treatments.listCiting(id, page, sort)
                .orElseThrow(() -> new NotFoundProblem("reference", id)), uri);
    }
}
