package com.caringmedical.clinic.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One {@code <source>} of a {@code <picture>}: the widths of one format as a ready srcset. */
@Schema(name = "MediaSource", description = "The variants of one format as a srcset, for a <source> element; "
        + "WebP comes first.")
public record SourceView(
        @Schema(description = "The media type, for the type attribute.", examples = "image/webp") String type,
        @Schema(description = "The srcset attribute.", examples = "/media/42/320.webp 320w, /media/42/640.webp 640w")
        String srcset) {
}
