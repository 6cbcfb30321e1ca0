package com.caringmedical.clinic.body;

import java.util.List;
import java.util.Objects;

/** The media items a body shows, for loading them all at once and for telling the library what uses an image. */
public final class BodyImages {

    private BodyImages() {
    }

    /** The ids of the images a body shows, in reading order, each once (images stand at the top level only). */
    public static List<Long> shownIn(List<Block> body) {
        return body.stream().filter(Block.Image.class::isInstance).map(block -> ((Block.Image) block).media())
                .filter(Objects::nonNull).distinct().toList();
    }
}
