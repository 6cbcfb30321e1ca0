package com.caringmedical.clinic.revision;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** What changed between two revisions of one item. */
@Schema(name = "RevisionDiff")
public record RevisionDiff(
        @Schema(description = "The older revision.") RevisionSummary from,
        @Schema(description = "The newer revision.") RevisionSummary to,
        @Schema(description = "A JSON Patch (RFC 6902) that turns the older form into the newer one; a replace also "
                + "gives the value it overwrote as fromValue. Empty when the forms are the same.")
        List<Change> changes) {

    /** One operation of the patch. */
    @Schema(name = "RevisionChange")
    public record Change(
            @Schema(description = "What happened at path.", enumeration = { "add", "remove", "replace" },
                    examples = "replace") String op,
            @Schema(description = "A JSON Pointer into the form.", examples = "/title") String path,
            @Schema(description = "add and replace: the new value; remove: the value removed. Any JSON value.",
                    nullable = true) JsonNode value,
            @Schema(description = "replace: the value it overwrote. Any JSON value.", nullable = true)
            JsonNode fromValue) {
    }
}
