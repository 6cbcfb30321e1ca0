package com.caringmedical.clinic.web.http;

/**
 * What any text a client sends must satisfy, whatever field or parameter carries it. PostgreSQL cannot store the
 * NUL character (U+0000) in text, and no name, slug, search or question has a use for it, so it is refused at the
 * edge (JSON strings and path, query and header parameters) with a 400 naming the field.
 */
public final class TextRules {

    /** The message clients get for a NUL character. */
    public static final String NO_NUL = "must not contain the NUL character (U+0000)";

    private TextRules() {
    }

    /** The text itself, or {@link IllegalArgumentException} when it holds a NUL character. */
    public static String requireNoNul(String text) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(NO_NUL);
        }
        return text;
    }
}
