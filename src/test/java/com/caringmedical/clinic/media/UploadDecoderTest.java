package com.caringmedical.clinic.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Reading uploads safely: type from the bytes, limits from the header, and nothing but upright pixels out. */
class UploadDecoderTest {

    private static final UploadLimits LIMITS = new UploadLimits(20_000_000, 40_000_000, 16_384);

    @Test
    void eachTakenTypeIsDecodedWithItsSize() {
        assertThat(decode(TestImages.jpeg(300, 200))).extracting(DecodedImage::type, DecodedImage::width,
                DecodedImage::height, DecodedImage::hasAlpha).containsExactly(ImageType.JPEG, 300, 200, false);
        assertThat(decode(TestImages.png(300, 200, true))).extracting(DecodedImage::type, DecodedImage::hasAlpha)
                .containsExactly(ImageType.PNG, true);
        assertThat(decode(TestImages.webp(300, 200, false))).extracting(DecodedImage::type, DecodedImage::width)
                .containsExactly(ImageType.WEBP, 300);
    }

    @Test
    void aPixelBombIsRefusedFromItsHeaderAtOnce() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> decode(TestImages.pngBomb(20_000, 20_000)))
                .isInstanceOf(MediaProblems.ImageTooLarge.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
    }

    @Test
    void aPhoneJpegComesOutUpright() {
        DecodedImage image = decode(TestImages.phoneJpeg(400, 200, 6));
        assertThat(image.width()).isEqualTo(200);
        assertThat(image.height()).isEqualTo(400);
        assertThat(image.pixels().getWidth()).isEqualTo(200);
        assertThat(new Color(image.pixels().getRGB(100, 20)).getRed()).isGreaterThan(200);
        assertThat(new Color(image.pixels().getRGB(100, 380)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aLargeImageIsDecodedSubsampled() {
        DecodedImage image = UploadDecoder.decode(TestImages.png(1000, 800, false), LIMITS, 200, 16_000_000);
        assertThat(image.width()).isEqualTo(1000);
        assertThat(image.pixels().getWidth()).isEqualTo(500); // every second pixel: still twice the largest width
    }

    @Test
    void otherFormatsAreRefusedAsUnsupported() {
        assertThatThrownBy(() -> decode(TestImages.gif(20, 20))).isInstanceOf(MediaProblems.UnsupportedImage.class);
        assertThatThrownBy(() -> decode("<svg/>".getBytes())).isInstanceOf(MediaProblems.UnsupportedImage.class);
        assertThatThrownBy(() -> decode(new byte[0])).isInstanceOf(MediaProblems.UnsupportedImage.class);
    }

    @Test
    void truncatedOrDamagedFilesAreUnreadable() {
        for (byte[] whole : new byte[][] { TestImages.jpeg(300, 200), TestImages.png(300, 200, false),
                TestImages.webp(300, 200, false) }) {
            byte[] half = Arrays.copyOf(whole, whole.length / 2);
            assertThatThrownBy(() -> decode(half)).as(ImageType.sniff(whole).orElseThrow().name())
                    .isInstanceOf(MediaProblems.UnreadableImage.class);
            byte[] header = Arrays.copyOf(whole, 16);
            assertThatThrownBy(() -> decode(header)).isInstanceOf(MediaProblems.UnreadableImage.class);
        }
    }

    private static DecodedImage decode(byte[] bytes) {
        return UploadDecoder.decode(bytes, LIMITS, 1600, 16_000_000);
    }
}
