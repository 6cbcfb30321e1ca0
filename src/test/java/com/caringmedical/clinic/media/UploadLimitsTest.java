package com.caringmedical.clinic.media;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** How large an upload may be, in bytes and in pixels as its header declares them. */
class UploadLimitsTest {

    private final UploadLimits limits = new UploadLimits(20_000_000, 40_000_000, 16_384);

    @Test
    void aFileOverTheByteLimitIsA413() {
        assertThatCode(() -> limits.checkBytes(20_000_000)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.checkBytes(20_000_001))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
    }

    @Test
    void aPhoneOrCameraPhotoPasses() {
        assertThatCode(() -> limits.checkDimensions(8064, 4536)).doesNotThrowAnyException(); // 36.6 MP
        assertThatCode(() -> limits.checkDimensions(16_384, 2_000)).doesNotThrowAnyException();
    }

    @Test
    void tooManyPixelsOrTooLongASideIsRefused() {
        assertThatThrownBy(() -> limits.checkDimensions(12_000, 12_000))
                .isInstanceOf(MediaProblems.ImageTooLarge.class)
                .hasMessageContaining("144000000 pixels");
        assertThatThrownBy(() -> limits.checkDimensions(20_000, 20_000)).isInstanceOf(MediaProblems.ImageTooLarge.class);
        assertThatThrownBy(() -> limits.checkDimensions(7000, 6000)).isInstanceOf(MediaProblems.ImageTooLarge.class);
        assertThatThrownBy(() -> limits.checkDimensions(16_385, 10))
                .isInstanceOf(MediaProblems.ImageTooLarge.class)
                .hasMessageContaining("16384");
        assertThatThrownBy(() -> limits.checkDimensions(Integer.MAX_VALUE, Integer.MAX_VALUE))
                .isInstanceOf(MediaProblems.ImageTooLarge.class);
    }
}
