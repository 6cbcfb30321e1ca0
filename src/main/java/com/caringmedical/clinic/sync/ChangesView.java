package com.caringmedical.clinic.sync;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed, oldest first. */
@Schema(name = "ContentChanges")
public record ChangesView(
        @Schema(description = "The changes after `since`, oldest first; the newest change per item only.")
        List<ChangeView> changes,
        @Schema(description = "The position after this page: send it as `since` next time.", examples = "7421.1093")
        String next,
        @Schema(description = "More changes wait: ask again with `next` at once.") boolean more) {
}
