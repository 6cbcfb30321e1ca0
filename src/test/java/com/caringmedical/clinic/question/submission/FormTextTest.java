package com.caringmedical.clinic.question.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the question form does to what people type, and which names, addresses and phones it takes. */
class FormTextTest {

    @Test
    void oneLineFieldsLoseLineBreaksAndControlsAndCollapseSpaces() {
        assertEquals("Maria José", FormText.name("  Maria \r\n\t José  "));
        assertEquals("Maria", FormText.line("Maria\u0007"));
        assertNull(FormText.line("   "));
        assertNull(FormText.name(null));
    }

    @Test
    void textIsComposedToNfc() {
        assertEquals("José", FormText.name("Jose\u0301"));
    }

    @Test
    void anAddressKeepsItsLocalPartButNotTheDomainsCase() {
        assertEquals("Maria.Lopez@example.com", FormText.email(" Maria.Lopez@EXAMPLE.Com "));
    }

    @Test
    void theQuestionKeepsItsLineBreaksAsNewlines() {
        assertEquals("First line\nsecond line\n\nthird", FormText.paragraphs("First line  \r\nsecond line\r\rthird\u0000"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Maria", "Ana-María", "O'Brien", "Jean-Luc Picard", "D’Angelo", "李 小龍", "St. John" })
    void namesOfPeopleAreAccepted(String name) {
        assertTrue(name.matches(FormText.NAME), name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "<b>Maria</b>", "Maria\nBcc: x", "-Maria", "Maria;", "http://spam.example", "" })
    void markupLineBreaksAndLinksAreNotNames(String name) {
        assertFalse(name.matches(FormText.NAME), name);
    }

    @ParameterizedTest
    @CsvSource({ "+1 708 555 0134, true", "(708) 555-0134, true", "+1 (708) 555-0134, true", "7085550134, true",
            "555, false", "+1 708 555 0134 x, false", ")708( 555, false" })
    void phones(String phone, boolean accepted) {
        assertEquals(accepted, phone.matches(FormText.PHONE), phone);
    }
}
