package com.caringmedical.clinic.editing;

import jakarta.ws.rs.core.EntityTag;

/**
 * An item as an editor reads it and sends it back, with the key it is found by (slug or id) and the tag of its
 * current version ({@code ETag: "v3"}).
 */
public record Edited<K, F>(K key, F form, EntityTag tag) {
}
