package com.caringmedical.clinic.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** WordPress slugs and names as this API's slugs: lower-case letters and digits in words joined by '-'. */
final class Slugs {

    private static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    /**
     * {@code r%C3%BCckenschmerzen} and {@code Rückenschmerzen} both become {@code ruckenschmerzen}: WordPress keeps
     * non-ASCII slugs percent-encoded; accents go, anything else between words becomes one '-'. Empty when nothing
     * is left.
     */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = text;
        }
        String slug = Normalizer.normalize(decoded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
