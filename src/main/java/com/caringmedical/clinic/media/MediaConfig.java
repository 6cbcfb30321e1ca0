package com.caringmedical.clinic.media;

import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

/**
 * What an upload may be and what is made of it. The limits keep one upload within the memory of a small instance
 * (512 MiB, a heap of about 256 MB): at most {@link #maxPixels()} are accepted, at most {@link #maxDecodedPixels()}
 * are ever decoded (larger images are read subsampled), and at most {@link #concurrentUploads()} are processed at a
 * time.
 */
@ConfigMapping(prefix = "clinic.media")
public interface MediaConfig {

    /** Largest file accepted; larger ones get a 413 problem. */
    @WithDefault("20M")
    MemorySize maxUploadSize();

    /** Most pixels (width times height) an upload may have, read from its header before decoding: 413 beyond. */
    @WithDefault("40000000")
    @Min(1)
    long maxPixels();

    /** Longest side an upload may have, in pixels: 413 beyond. */
    @WithDefault("16384")
    @Min(1)
    int maxSide();

    /**
     * Most pixels decoded into memory at once (4 bytes each): a larger image is read with source subsampling, which
     * still leaves at least twice the largest variant's width wherever the image has it.
     */
    @WithDefault("16000000")
    @Min(1)
    long maxDecodedPixels();

    /** The variant widths, in pixels; an image narrower than one gets its own width instead, never an upscale. */
    @WithDefault("320,640,1024,1600")
    @NotEmpty
    List<@Min(1) @Max(16383) Integer> widths();

    /** JPEG quality of the JPEG variants, 0 to 1. */
    @WithDefault("0.82")
    @DecimalMin("0.1")
    @DecimalMax("1.0")
    float jpegQuality();

    /** Quality of the (lossy) WebP variants, 0 to 1. */
    @WithDefault("0.80")
    @DecimalMin("0.1")
    @DecimalMax("1.0")
    float webpQuality();

    /** Uploads this instance processes at once; more wait in line. */
    @WithDefault("1")
    @Min(1)
    int concurrentUploads();

    /** How long an upload waits for its turn before it gets a 503 problem with Retry-After. */
    @WithDefault("PT20S")
    Duration uploadWait();
}
