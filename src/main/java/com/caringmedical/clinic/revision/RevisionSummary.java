package com.caringmedical.clinic.revision;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.editing.PublicationStatus;

/** One revision in an item's history, without its form. */
@Schema(name = "RevisionSummary")
public record RevisionSummary(
        @Schema(description = "Numbered from 1 per item; the newest is the item as it is now (or was deleted).",
                examples = "3") int number,
        @Schema(description = "What the change did: baseline (the item as found when revisions began to be kept), "
                + "created, changed, reviewed, restored (from revision restoredFrom) or deleted.",
                enumeration = { "baseline", "created", "changed", "reviewed", "restored", "deleted" },
                examples = "changed") String action,
        @Schema(description = "For a restore: the revision whose form it brought back.", examples = "1",
                nullable = true) Integer restoredFrom,
        @Schema(description = "Who saved it; null for a baseline.", examples = "editor", nullable = true)
        String editor,
        @Schema(description = "When it was saved.", examples = "2026-12-03T10:15:30Z") Instant savedAt,
        @Schema(description = "The status it left the item in.") PublicationStatus status,
        @Schema(description = "The item's version after it: the ETag \"v{version}\" an editor read then.",
                examples = "2") int version,
        @Schema(description = "The item's slug or id at the time.", examples = "failed-back-surgery-syndrome")
        String key) {

    static RevisionSummary of(Revision revision) {
        return new RevisionSummary(revision.number(), revision.action(), revision.restoredFrom(), revision.editor(),
                revision.savedAt(), revision.status(), revision.itemVersion(), revision.itemKey());
    }
}
