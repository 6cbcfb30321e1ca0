package com.caringmedical.clinic.search;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of content search covers. */
@Schema(name = "SearchType", enumeration = { "article", "treatment", "reference" })
public enum SearchType {
    ARTICLE("/articles/"),
    TREATMENT("/treatments/"),
    REFERENCE("/references/");

    private final String pathPrefix;

    SearchType(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    /** Where the public API serves an item of this kind with the given slug or id. */
    String path(String key) {
        return pathPrefix + key;
    }

    /** The type as clients write it: article, treatment, reference. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
