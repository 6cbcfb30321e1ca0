package com.caringmedical.clinic.schedule;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scheduled change still to come, in the list of all of them. */
@Schema(name = "PendingScheduledChange")
public record PendingChange(
        @Schema(description = "The kind of content.", examples = "articles") String kind,
        @Schema(description = "The item's current slug or id.", examples = "what-is-dry-needling") String key,
        @Schema(enumeration = { "PUBLISH", "UNPUBLISH" }) String action,
        @Schema(description = "When it is due.") Instant dueAt,
        @Schema(description = "Who set it.", examples = "editor") String requestedBy) {
}
