package com.caringmedical.clinic.media;

/** How large an upload may be: in bytes, and in pixels and side length as its header declares them. */
record UploadLimits(long maxBytes, long maxPixels, int maxSide) {

    static UploadLimits of(MediaConfig config) {
        return new UploadLimits(config.maxUploadSize().asLongValue(), config.maxPixels(), config.maxSide());
    }

    /** Throws {@link MediaProblems.UploadTooLarge} for a file over the limit. */
    void checkBytes(long bytes) {
        if (bytes > maxBytes) {
            throw new MediaProblems.UploadTooLarge(maxBytes);
        }
    }

    /** Throws {@link MediaProblems.ImageTooLarge} for dimensions over the limits, before anything is decoded. */
    void checkDimensions(int width, int height) {
        if (width > maxSide || height > maxSide) {
            throw new MediaProblems.ImageTooLarge("The image is " + width + " x " + height
                    + " pixels; no side may be longer than " + maxSide + " pixels.");
        }
        if ((long) width * height > maxPixels) {
            throw new MediaProblems.ImageTooLarge("The image has " + (long) width * height
                    + " pixels; at most " + maxPixels + " are accepted.");
        }
    }
}
