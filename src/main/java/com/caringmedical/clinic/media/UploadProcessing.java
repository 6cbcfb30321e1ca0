package com.caringmedical.clinic.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an uploaded file into its variants, at most {@code clinic.media.concurrent-uploads} at a time on this
 * instance: decoding and encoding take tens of megabytes each, and the container has 512 MiB. Uploads beyond that
 * wait in line for up to {@code clinic.media.upload-wait}, then get a 503 problem with Retry-After. No transaction
 * and no database connection is held meanwhile.
 */
@ApplicationScoped
class UploadProcessing {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final MediaConfig config;
    private final Semaphore slots;
    private final VariantEncoder encoder;

    UploadProcessing(MediaConfig config) {
        this.config = config;
        this.slots = new Semaphore(config.concurrentUploads(), true);
        this.encoder = new VariantEncoder(config.jpegQuality(), config.webpQuality());
    }

    ProcessedUpload process(Path file, long size) {
        UploadLimits limits = UploadLimits.of(config);
        limits.checkBytes(size);
        return inTurn(() -> {
            byte[] bytes = read(file);
            int largest = Collections.max(config.widths());
            DecodedImage image = UploadDecoder.decode(bytes, limits, largest, config.maxDecodedPixels());
            List<EncodedVariant> variants = encoder.encode(image, config.widths());
            return new ProcessedUpload(image.type(), image.width(), image.height(), image.hasAlpha(), variants);
        });
    }

    /** Runs the work when a slot is free, waiting for one up to the configured time; else a 503 problem. */
    <T> T inTurn(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(config.uploadWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new MediaProblems.UploadsBusy(RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaProblems.UploadsBusy(RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
    }
}
