package com.caringmedical.clinic.question.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Normalises what people type into a form: NFC, trimmed, blank becomes absent, runs of spaces in one-line fields
 * collapse, line breaks in the question become {@code \n}, invisible control characters go. The patterns are
 * the form's validation rules; names allow letters, marks, spaces and . ' ’ - only, so no markup or line
 * break can reach a mail header or body through them.
 */
final class FormText {

    static final String NAME = "[\\p{L}\\p{M}][\\p{L}\\p{M} .'\u2019-]*";
    static final String NAME_MESSAGE = "may contain letters, spaces and . ' - only";
    static final String EMAIL = "[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+";
    static final String PHONE = "\\+?[0-9(][0-9 ().-]{5,28}[0-9]";
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private FormText() {
    }

    static String name(String value) {
        String line = line(value);
        return line == null ? null : line.replaceAll("\\s+", " ");
    }

    static String email(String value) {
        String line = line(value);
        int at = line == null ? -1 : line.lastIndexOf('@');
        // The domain is case-insensitive; the local part, strictly, is not.
        return at < 0 ? line : line.substring(0, at + 1) + line.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    static String slug(String value) {
        String line = line(value);
        return line == null ? null : line.toLowerCase(Locale.ROOT);
    }

    /** A one-line field: control characters, including line breaks, become spaces. */
    static String line(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A multi-line field: line breaks kept as \n, other control characters except tab removed. */
    static String paragraphs(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .replaceAll("[ \t]+\n", "\n")
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static String sha256(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
