package com.caringmedical.clinic.staging;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.revision.RevisionDiff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** A staged change: the form waiting, what it changes, and where its approval stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StagedChange")
public record StagedChangeView(
        @Schema(examples = "articles") String kind,
        @Schema(description = "The item's current slug or id.", examples = "what-is-dry-needling") String key,
        @Schema(description = "The editor form waiting to be applied, as PUT /editor/{kind}/{key} takes it.",
                type = SchemaType.OBJECT) @JsonRawValue String form,
        @Schema(description = "The item's version it was staged from: it can be published only while the item is "
                + "still at that version.", examples = "3") int baseVersion,
        @Schema(description = "Whether the item changed since: then the change must be staged again.")
        boolean outdated,
        @Schema(examples = "editor") String stagedBy,
        Instant stagedAt,
        @Schema(description = "Whether this kind needs a reviewer's approval before it is published "
                + "(clinic.publishing.approval-required-for).") boolean approvalRequired,
        @Schema(description = "Who approved it; absent until approved, and again after it is staged anew.",
                examples = "reviewer") String approvedBy,
        Instant approvedAt,
        @Schema(description = "What it changes: a JSON Patch (RFC 6902) from the item as it is to the staged form.")
        List<RevisionDiff.Change> changes) {
}
