package com.caringmedical.clinic.schedule;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An item's schedule: what is still to come, and what was done or failed. Absent times: none pending. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Schedule")
public record ScheduleView(
        @Schema(description = "The kind of content.", examples = "articles") String kind,
        @Schema(description = "The item's current slug or id.", examples = "oak-park") String key,
        @Schema(description = "The pending publish; absent when there is none.") Instant publishAt,
        @Schema(description = "The pending unpublish; absent when there is none.") Instant unpublishAt,
        @Schema(description = "Every scheduled change of the item: pending, then failed, then done; each newest first.")
        List<Entry> changes) {

    /** One scheduled change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScheduledChange")
    public record Entry(
            @Schema(enumeration = { "PUBLISH", "UNPUBLISH" }) String action,
            @Schema(description = "When it is (or was) due.") Instant dueAt,
            @Schema(description = "PENDING until the time comes; then DONE, or FAILED with the reason.",
                    enumeration = { "PENDING", "DONE", "FAILED" }) String state,
            @Schema(description = "Who set it.", examples = "editor") String requestedBy,
            @Schema(description = "When it was done or failed; absent while pending.") Instant doneAt,
            @Schema(description = "Why it failed: the rule the change broke at its time; absent unless FAILED.")
            String failure) {

        static Entry of(ScheduledChange change) {
            return new Entry(change.action().name(), change.dueAt(), change.state().name(), change.requestedBy(),
                    change.doneAt(), change.failure());
        }
    }
}
