package com.caringmedical.clinic.schedule;

import java.time.Instant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When an item goes public and when it stops being public; an absent time means no such change. */
@Schema(name = "ScheduleForm")
public record ScheduleForm(
        @Future @Schema(description = "When the item is published (set to PUBLISHED), in the future. Absent: no "
                + "publish.", examples = "2026-12-24T08:00:00Z") Instant publishAt,
        @Future @Schema(description = "When the item is unpublished (set back to DRAFT), in the future and after "
                + "publishAt. Absent: no unpublish.", examples = "2027-01-31T23:00:00Z") Instant unpublishAt) {

    @AssertTrue(message = "must come after publishAt")
    @Schema(hidden = true)
    boolean isUnpublishAtAfterPublishAt() {
        return publishAt == null || unpublishAt == null || unpublishAt.isAfter(publishAt);
    }
}
