package com.caringmedical.clinic.redirect;

import java.util.Arrays;
import java.util.Optional;

/** The content an old address can lead to, with the API path it lives at now. */
public enum RedirectKind {
    ARTICLE("article", "/articles/"),
    TREATMENT("treatment", "/treatments/"),
    OFFICE("office", "/locations/"),
    AUTHOR("author", "/authors/");

    private final String noun;
    private final String apiPath;

    RedirectKind(String noun, String apiPath) {
        this.noun = noun;
        this.apiPath = apiPath;
    }

    String apiPath(String slug) {
        return apiPath + slug;
    }

    /** The kind the editing flow names with this noun (its {@code EditableKind.noun()}). */
    static Optional<RedirectKind> ofNoun(String noun) {
        return Arrays.stream(values()).filter(kind -> kind.noun.equals(noun)).findFirst();
    }
}
