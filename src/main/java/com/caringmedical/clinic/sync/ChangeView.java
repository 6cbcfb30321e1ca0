package com.caringmedical.clinic.sync;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to public content: fetch {@code href} again, or forget what the app has under it. */
@Schema(name = "ContentChange")
public record ChangeView(
        @Schema(description = "The kind of content.", enumeration = { "article", "treatment", "location", "author",
                "reference" }, examples = "article") String kind,
        @Schema(description = "What names the item in public paths: a slug, or a reference's id.",
                examples = "failed-back-surgery-syndrome-treatment-options") String key,
        @Schema(description = "PUBLISHED: the item is public and changed (or published); fetch it again. REMOVED: it "
                + "is no longer public under this key (unpublished, deleted, or renamed: its new key comes as "
                + "PUBLISHED); a tombstone.", enumeration = { "PUBLISHED", "REMOVED" }, examples = "PUBLISHED")
        String change,
        @Schema(description = "The item's public path.", examples = "/articles/failed-back-surgery-syndrome-treatment-"
                + "options") String href,
        @Schema(description = "When the change was saved.", examples = "2026-12-03T10:15:30Z") Instant changedAt) {
}
