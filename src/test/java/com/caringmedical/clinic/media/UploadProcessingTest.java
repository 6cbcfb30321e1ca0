package com.caringmedical.clinic.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;

import com.caringmedical.clinic.web.problem.ProblemType;

/** One upload at a time per instance: the next waits briefly for its turn, then is told to come back. */
class UploadProcessingTest {

    @Test
    void aSecondUploadWaitsForTheFirstThenGets503WithRetryAfter() throws Exception {
        UploadProcessing processing = new UploadProcessing(config(1, Duration.ofMillis(200)));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> processing.inTurn(() -> {
            started.countDown();
            await(finish);
            return "first";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        long waited = System.nanoTime();
        assertThatThrownBy(() -> processing.inTurn(() -> "second"))
                .isInstanceOfSatisfying(MediaProblems.UploadsBusy.class, busy -> {
                    assertThat(busy.type()).isEqualTo(ProblemType.BUSY);
                    assertThat(busy.retryAfter()).contains(Duration.ofSeconds(10));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - waited)).isGreaterThanOrEqualTo(Duration.ofMillis(190));

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(processing.inTurn(() -> "third")).isEqualTo("third");
    }

    @Test
    void aFailedUploadGivesItsTurnBack() {
        UploadProcessing processing = new UploadProcessing(config(1, Duration.ofMillis(50)));
        assertThatThrownBy(() -> processing.inTurn(() -> {
            throw new MediaProblems.UnsupportedImage();
        })).isInstanceOf(MediaProblems.UnsupportedImage.class);
        assertThat(processing.inTurn(() -> "next")).isEqualTo("next");
    }

    @Test
    void aFileIsTurnedIntoItsVariants() throws Exception {
        Path file = Files.createTempFile("upload", ".bin");
        try {
            Files.write(file, TestImages.phoneJpeg(700, 500, 6));
            ProcessedUpload upload = new UploadProcessing(config(1, Duration.ofSeconds(1))).process(file, Files.size(file));
            assertThat(upload.type()).isEqualTo(ImageType.JPEG);
            assertThat(upload.width()).isEqualTo(500);
            assertThat(upload.height()).isEqualTo(700);
            assertThat(upload.variants()).extracting(EncodedVariant::width).containsExactly(320, 320, 500, 500);
        } finally {
            Files.delete(file);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The configuration as the defaults have it, with these slots and wait. A dynamic proxy rather than a class:
     * Quarkus would take a class implementing the validated interface for a bean with interceptors.
     */
    private static MediaConfig config(int slots, Duration wait) {
        return (MediaConfig) Proxy.newProxyInstance(MediaConfig.class.getClassLoader(), new Class<?>[] { MediaConfig.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "maxUploadSize" -> new MemorySize(BigInteger.valueOf(20_000_000));
                    case "maxPixels" -> 40_000_000L;
                    case "maxSide" -> 16_384;
                    case "maxDecodedPixels" -> 16_000_000L;
                    case "widths" -> List.of(320, 640, 1024, 1600);
                    case "jpegQuality" -> 0.82f;
                    case "webpQuality" -> 0.8f;
                    case "concurrentUploads" -> slots;
                    case "uploadWait" -> wait;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
