package com.caringmedical.clinic.editing;

import java.time.Instant;

/** A published item named by its slug, and when it was last saved: what a sitemap lists. */
public record PublishedItem(String slug, Instant updatedAt) {
}
