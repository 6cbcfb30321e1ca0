package com.caringmedical.clinic.search;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@CachedContent
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over the published articles, treatment options and references.")
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 200;

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "search", summary = "Search articles, treatment options and references",
            description = "English full-text search: words match their other forms (injection, injections, "
                    + "injected), \"quoted phrases\" match as phrases, -word excludes and 'or' offers alternatives. "
                    + "Results are ranked with the title weighing more than the summary and the summary more than "
                    + "the text, and carry highlighted passages. When nothing matches but a close spelling does, "
                    + "the results are for that spelling and didYouMean names it.")
    public RestResponse<SearchResultsView> search(
            @QueryParam("q") @NotBlank @Size(max = MAX_QUERY_LENGTH, message = "must be at most 200 characters")
            @Parameter(description = "What to look for, 1 to 200 characters.", example = "steroid injection") String q,
            @QueryParam("type") @Parameter(description = "Only these kinds: article, treatment, reference; repeat the "
                    + "parameter for several. Default: all. Example: treatment") Set<SearchType> types,
            @Valid @BeanParam PageParams page,
            @Context UriInfo uri) {
        SearchResultsView results = search.search(q, types, page);
        PageView<SearchHitView> envelope = new PageView<>(results.items(), results.page(), results.size(),
                results.totalItems(), results.totalPages());
        return RestResponse.ResponseBuilder.ok(results).header("Link", PagedResponse.links(envelope, uri)).build();
    }
}
