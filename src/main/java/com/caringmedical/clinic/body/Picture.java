package com.caringmedical.clinic.body;

import java.util.List;

/**
 * How an image block is drawn in HTML: the fallback file, its intrinsic size, and the {@code srcset} of each file
 * type offered (modern types first).
 */
public record Picture(String src, int width, int height, List<Source> sources) {

    public record Source(String type, String srcset) {
    }
}
