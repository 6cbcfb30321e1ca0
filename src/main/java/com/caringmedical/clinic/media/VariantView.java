package com.caringmedical.clinic.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediaVariant", description = "One stored file of an image: a width in a format.")
public record VariantView(
        @Schema(description = "Width in pixels.", examples = "640") int width,
        @Schema(description = "Height in pixels.", examples = "427") int height,
        @Schema(description = "Its media type.", examples = "image/webp") String type,
        @Schema(description = "Where it is served, immutable: cache it for a year.", examples = "/media/42/640.webp")
        String url,
        @Schema(description = "Its size in bytes.", examples = "48213") int bytes) {
}
