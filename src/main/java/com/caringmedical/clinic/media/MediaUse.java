package com.caringmedical.clinic.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One piece of content that shows an image: its kind and how that kind names it. */
@Schema(name = "MediaUse", description = "Content that shows the image.")
public record MediaUse(
        @Schema(description = "The kind of content.", examples = "article") String kind,
        @Schema(description = "How that kind names the item (a slug, or an id).", examples = "low-back-pain") String key) {
}
