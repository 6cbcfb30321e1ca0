package com.caringmedical.clinic.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The typography WordPress applies when it shows a text, applied to an export file's texts. */
class TypographyTest {

    @Test
    void apostrophesAndQuotesCurl() {
        assertThat(Typography.apply("Don't wait: the patient's \"worst\" pain, 'mild' at first."))
                .isEqualTo("Don\u2019t wait: the patient\u2019s \u201cworst\u201d pain, \u2018mild\u2019 at first.");
        assertThat(Typography.apply("\"Quoted at the start,\" she said.")).isEqualTo(
                "\u201cQuoted at the start,\u201d she said.");
        assertThat(Typography.apply("(\"in brackets\")")).isEqualTo("(\u201cin brackets\u201d)");
    }

    @Test
    void dashesAndEllipses() {
        assertThat(Typography.apply("Rest - then move -- slowly --- and wait...")).isEqualTo(
                "Rest \u2013 then move \u2014 slowly \u2014 and wait\u2026");
        assertThat(Typography.apply("pages 10--12")).isEqualTo("pages 10\u201312");
        assertThat(Typography.apply("a well-known method")).isEqualTo("a well-known method");
    }

    @Test
    void numbersGetPrimesDecadesAndTimes() {
        assertThat(Typography.apply("a 6' 2\" patient")).isEqualTo("a 6\u2032 2\u2033 patient");
        assertThat(Typography.apply("since the '90s")).isEqualTo("since the \u201990s");
        assertThat(Typography.apply("a 2x4 board")).isEqualTo("a 2\u00d74 board");
    }

    @Test
    void textWithNothingToChangeStaysAsItIs() {
        assertThat(Typography.apply("Prolotherapy is an injection therapy.")).isEqualTo(
                "Prolotherapy is an injection therapy.");
    }
}
