package com.caringmedical.clinic.media;

import java.util.List;
import java.util.TreeSet;

/** Which widths an image is served in: never wider than the image itself, so nothing is upscaled. */
final class VariantWidths {

    private VariantWidths() {
    }

    /**
     * The configured widths narrower than the image, plus the image's own width capped at the largest configured one:
     * a 3000 px photo gets 320, 640, 1024 and 1600; an 800 px one gets 320, 640 and 800; a 200 px icon gets 200.
     */
    static List<Integer> of(int imageWidth, List<Integer> configured) {
        int largest = configured.stream().mapToInt(Integer::intValue).max().orElseThrow();
        TreeSet<Integer> widths = new TreeSet<>();
        configured.stream().filter(width -> width < imageWidth).forEach(widths::add);
        widths.add(Math.min(imageWidth, largest));
        return List.copyOf(widths);
    }

    /**
     * The source subsampling to decode an image with (1 reads every pixel): as coarse as still leaves twice the
     * largest variant's width, and at least as coarse as keeps the decoded pixels within {@code maxDecodedPixels}.
     */
    static int subsampling(int width, int height, int largestVariant, long maxDecodedPixels) {
        int forWidth = Math.max(1, width / (2 * largestVariant));
        int forMemory = (int) Math.ceil(Math.sqrt((double) width * height / maxDecodedPixels));
        return Math.max(forWidth, Math.max(1, forMemory));
    }
}
