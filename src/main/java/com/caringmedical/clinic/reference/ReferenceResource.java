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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.NotFoundProblem;
import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.PagedResponse;

@Path("/references")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "References", description = "The published literature that articles and treatment evidence cite.")
public class ReferenceResource {

    private final ReferenceService references;

    ReferenceResource(ReferenceService references) {
        this.references = references;
    }

    @GET
    @Operation(operationId = "listReferences", summary = "List literature references",
            description = "All references with full bibliographic data and an AMA citation, one page at a time.")
    public RestResponse<PageView<ReferenceView>> list(@Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = "Sort keys: id, year, title; prefix '-' for descending; "
                    + "comma-separated. Default: id.", example = "-year") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(references.list(page, sort), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReference", summary = "Get one literature reference")
    public ReferenceView get(@PathParam("id") @Parameter(description = "The reference's numeric id.", example = "2") Long id) {
        return references.find(id).orElseThrow(() -> new NotFoundProblem("reference", id));
    }
}
