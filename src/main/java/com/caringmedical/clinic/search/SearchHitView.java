package com.caringmedical.clinic.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One search result: enough to list it and to fetch it. */
@Schema(name = "SearchHit")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHitView(
        SearchType type,
        @Schema(description = "The slug of an article or treatment option.", examples = "transforaminal-steroid-injection")
        String slug,
        @Schema(description = "The id of a reference.", examples = "4") Long id,
        @Schema(description = "Where the API serves the item.", examples = "/treatments/transforaminal-steroid-injection")
        String path,
        @Schema(examples = "Transforaminal steroid injection (nerve block)") String title,
        @Schema(description = "The title as an HTML fragment: text escaped, matched words in <mark>.",
                examples = "Transforaminal <mark>steroid</mark> <mark>injection</mark> (nerve block)")
        String titleHtml,
        @Schema(description = "Passages of the summary and text around the matches, as plain text.",
                examples = "A steroid injected next to the nerve root where a disc herniation presses on it …")
        String snippet,
        @Schema(description = "The same passages as an HTML fragment: text escaped, matched words in <mark>.",
                examples = "A <mark>steroid</mark> <mark>injected</mark> next to the nerve root …")
        String snippetHtml,
        @Schema(description = "Relevance; higher is better. Comparable within one search only.", examples = "0.381")
        double rank) {
}
