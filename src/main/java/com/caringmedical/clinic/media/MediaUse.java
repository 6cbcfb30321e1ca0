package com.caringmedical.clinic.media;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One piece of content that shows an image: its kind and how that kind names it. */
@Schema(name = "MediaUse", description = "Content that shows the image.")
public record MediaUse(
        @Schema(description = "The kind of content.", examples = "article") String kind,
        @Schema(description = "How that kind names the item (a slug, or an id).", examples = "low-back-pain") String key) {

    /** Each item of one kind, by its key. */
    public static List<MediaUse> each(String kind, List<String> keys) {
        return keys.stream().map(key -> new MediaUse(kind, key)).toList();
    }
}
