package com.caringmedical.clinic.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Phone photos: the orientation tag is read from the EXIF segment and applied to the pixels. */
class ExifOrientationTest {

    @Test
    void theOrientationIsReadFromTheExifSegment() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertThat(ExifOrientation.of(TestImages.phoneJpeg(40, 20, orientation))).isEqualTo(orientation);
        }
    }

    @Test
    void aJpegWithoutExifIsUpright() {
        assertThat(ExifOrientation.of(TestImages.jpeg(40, 20))).isEqualTo(1);
    }

    @Test
    void aDamagedOrStrangeExifSegmentCountsAsUpright() {
        byte[] photo = TestImages.phoneJpeg(40, 20, 6);
        byte[] cut = Arrays.copyOf(photo, 40); // inside the EXIF segment
        assertThat(ExifOrientation.of(cut)).isEqualTo(1);
        assertThat(ExifOrientation.of(TestImages.phoneJpeg(40, 20, 9))).isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[] { (byte) 0xff, (byte) 0xd8 })).isEqualTo(1);
    }

    @Test
    void aQuarterTurnSwapsTheSidesAndPutsTheLeftOnTop() {
        BufferedImage sideways = TestImages.picture(40, 20, false); // red left, blue right
        BufferedImage upright = ExifOrientation.upright(sideways, 6);
        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        assertThat(new Color(upright.getRGB(10, 2))).isEqualTo(Color.RED);
        assertThat(new Color(upright.getRGB(10, 37))).isEqualTo(Color.BLUE);

        BufferedImage other = ExifOrientation.upright(sideways, 8);
        assertThat(new Color(other.getRGB(10, 2))).isEqualTo(Color.BLUE);
        assertThat(new Color(other.getRGB(10, 37))).isEqualTo(Color.RED);
    }

    @Test
    void upsideDownAndMirroredKeepTheSides() {
        BufferedImage picture = TestImages.picture(40, 20, false);
        for (int orientation : new int[] { 2, 3 }) {
            BufferedImage turned = ExifOrientation.upright(picture, orientation);
            assertThat(turned.getWidth()).isEqualTo(40);
            assertThat(new Color(turned.getRGB(2, 10))).isEqualTo(Color.BLUE);
        }
        assertThat(new Color(ExifOrientation.upright(picture, 4).getRGB(2, 10))).isEqualTo(Color.RED);
        assertThat(ExifOrientation.upright(picture, 1)).isSameAs(picture);
        for (int orientation : new int[] { 5, 7 }) {
            assertThat(ExifOrientation.upright(picture, orientation).getWidth()).isEqualTo(20);
        }
    }
}
