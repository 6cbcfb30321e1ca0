package com.caringmedical.clinic.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of search results in the API's paging envelope, with the query it answers. */
@Schema(name = "SearchResults")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResultsView(
        @Schema(description = "The results on this page, most relevant first.") List<SearchHitView> items,
        @Schema(description = "This page's number, from 1.", examples = "1") int page,
        @Schema(description = "The page size asked for.", examples = "20") int size,
        @Schema(description = "Results on all pages together.", examples = "3") long totalItems,
        @Schema(description = "Number of pages (0 when there are no results).", examples = "1") int totalPages,
        @Schema(description = "The query as sent.", examples = "steriod injecton") String query,
        @Schema(description = "Present when the query as sent matched nothing but a close spelling of it did: "
                + "the items are the results for this spelling.", examples = "steroid injection") String didYouMean) {
}
