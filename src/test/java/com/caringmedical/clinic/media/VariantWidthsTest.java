package com.caringmedical.clinic.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The widths an image is served in, and how coarsely a large one is decoded. */
class VariantWidthsTest {

    private static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);

    @Test
    void aLargePhotoGetsEveryWidth() {
        assertThat(VariantWidths.of(4032, WIDTHS)).containsExactly(320, 640, 1024, 1600);
        assertThat(VariantWidths.of(1600, WIDTHS)).containsExactly(320, 640, 1024, 1600);
    }

    @Test
    void aSmallerImageIsNeverUpscaledAndKeepsItsOwnWidth() {
        assertThat(VariantWidths.of(800, WIDTHS)).containsExactly(320, 640, 800);
        assertThat(VariantWidths.of(640, WIDTHS)).containsExactly(320, 640);
        assertThat(VariantWidths.of(1601, WIDTHS)).containsExactly(320, 640, 1024, 1600);
        assertThat(VariantWidths.of(200, WIDTHS)).containsExactly(200);
        assertThat(VariantWidths.of(1, WIDTHS)).containsExactly(1);
    }

    @Test
    void theConfiguredOrderDoesNotMatter() {
        assertThat(VariantWidths.of(5000, List.of(1600, 320, 640))).containsExactly(320, 640, 1600);
    }

    @Test
    void anImageUpToTwiceTheLargestVariantIsDecodedWhole() {
        assertThat(VariantWidths.subsampling(3199, 2400, 1600, 16_000_000)).isEqualTo(1);
        assertThat(VariantWidths.subsampling(300, 200, 1600, 16_000_000)).isEqualTo(1);
    }

    @Test
    void aMuchLargerImageIsDecodedSubsampledKeepingTwiceTheLargestWidth() {
        assertThat(VariantWidths.subsampling(6400, 4800, 1600, 40_000_000)).isEqualTo(2);
        assertThat(VariantWidths.subsampling(16000, 2000, 1600, 40_000_000)).isEqualTo(5);
    }

    @Test
    void theMemoryBudgetWinsForTallOrHugeImages() {
        // 1,000 x 40,000: only 1,000 wide, but 40 megapixels would take 160 MB decoded
        int subsampling = VariantWidths.subsampling(1000, 40_000, 1600, 16_000_000);
        assertThat(subsampling).isEqualTo(2);
        assertThat((1000L / subsampling) * (40_000L / subsampling)).isLessThanOrEqualTo(16_000_000);
        int photo = VariantWidths.subsampling(7000, 5700, 1600, 16_000_000);
        assertThat((long) Math.ceil(7000.0 / photo) * (long) Math.ceil(5700.0 / photo)).isLessThanOrEqualTo(16_000_000);
    }
}
