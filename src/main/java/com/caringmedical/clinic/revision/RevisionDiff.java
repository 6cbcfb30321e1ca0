package com.caringmedical.clinic.revision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;

/** What changed between two revisions of one item. */
@Schema(name = "RevisionDiff")
public record RevisionDiff(
        @Schema(description = "The older revision.") RevisionSummary from,
        @Schema(description = "The newer revision.") RevisionSummary to,
        @Schema(description = "A JSON Patch (RFC 6902) that turns the older form into the newer one; a replace also "
                + "gives the value it overwrote as fromValue. Empty when the forms are the same.")
        List<Change> changes) {

    /** Only add, remove (with the value removed) and replace (with the value replaced): what a reader follows. */
    private static final EnumSet<DiffFlags> FLAGS = EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION,
            DiffFlags.OMIT_COPY_OPERATION, DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE);

    /** The JSON Patch that turns one form into another, a replace with the value it overwrote. */
    public static List<Change> between(JsonNode older, JsonNode newer) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode op : JsonDiff.asJson(older, newer, FLAGS)) {
            changes.add(new Change(op.path("op").asText(), op.path("path").asText(), op.get("value"),
                    op.get("fromValue")));
        }
        return changes;
    }

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
