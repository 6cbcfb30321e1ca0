package com.caringmedical.clinic.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The variants: the promised widths in the promised formats, re-encoded from pixels with no metadata. */
class VariantEncoderTest {

    private static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);
    private static final UploadLimits LIMITS = new UploadLimits(20_000_000, 40_000_000, 16_384);
    private final VariantEncoder encoder = new VariantEncoder(0.82f, 0.8f);

    @Test
    void aPhoneJpegBecomesWebpAndJpegInEveryWidthWithoutItsExif() {
        List<EncodedVariant> variants = encode(TestImages.phoneJpeg(2000, 1500, 1));
        assertThat(variants).extracting(EncodedVariant::width, EncodedVariant::type).containsExactly(
                tuple(320, ImageType.WEBP), tuple(320, ImageType.JPEG), tuple(640, ImageType.WEBP),
                tuple(640, ImageType.JPEG), tuple(1024, ImageType.WEBP), tuple(1024, ImageType.JPEG),
                tuple(1600, ImageType.WEBP), tuple(1600, ImageType.JPEG));
        for (EncodedVariant variant : variants) {
            assertThat(ImageType.sniff(variant.bytes())).contains(variant.type());
            BufferedImage pixels = TestImages.read(variant.bytes());
            assertThat(pixels.getWidth()).isEqualTo(variant.width());
            assertThat(pixels.getHeight()).isEqualTo(variant.height()).isEqualTo(variant.width() * 3 / 4);
            assertThat(TestImages.contains(variant.bytes(), "Exif")).isFalse();
            assertThat(TestImages.contains(variant.bytes(), TestImages.SECRET_PLACE)).isFalse();
        }
    }

    @Test
    void aTransparentPngStaysTransparentAndPng() {
        List<EncodedVariant> variants = encode(TestImages.png(500, 250, true));
        assertThat(variants).extracting(EncodedVariant::width, EncodedVariant::type).containsExactly(
                tuple(320, ImageType.WEBP), tuple(320, ImageType.PNG), tuple(500, ImageType.WEBP),
                tuple(500, ImageType.PNG));
        for (EncodedVariant variant : variants) {
            BufferedImage pixels = TestImages.read(variant.bytes());
            assertThat(pixels.getColorModel().hasAlpha()).as(variant.type().name()).isTrue();
            assertThat(pixels.getRGB(10, 10) >>> 24).isBetween(100, 160); // half transparent red
        }
    }

    @Test
    void anOpaqueWebpFallsBackToJpeg() {
        assertThat(encode(TestImages.webp(400, 300, false))).extracting(EncodedVariant::width, EncodedVariant::type)
                .containsExactly(tuple(320, ImageType.WEBP), tuple(320, ImageType.JPEG), tuple(400, ImageType.WEBP),
                        tuple(400, ImageType.JPEG));
    }

    private List<EncodedVariant> encode(byte[] upload) {
        return encoder.encode(UploadDecoder.decode(upload, LIMITS, 1600, 16_000_000), WIDTHS);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
