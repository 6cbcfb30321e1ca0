package com.caringmedical.clinic.question.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule that keeps a spreadsheet from running a cell: OWASP's list of characters that start a formula. */
class QuestionCsvTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "|", quoteCharacter = '"', value = {
        "=1+1|'=1+1",
        "+1 708 555 0134|'+1 708 555 0134",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "plain text|plain text",
        "a=b|a=b" })
    void cellsThatStartAFormulaGetAnApostrophe(String value, String expected) {
        assertEquals(expected, QuestionCsv.cell(value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\t=cmd", "\r=cmd" })
    void soDoCellsStartingWithATabOrCarriageReturn(String value) {
        assertEquals("'" + value, QuestionCsv.cell(value));
    }

    @Test
    void anAbsentValueIsAnEmptyCell() {
        assertEquals("", QuestionCsv.cell(null));
        assertEquals("", QuestionCsv.cell(""));
    }
}
