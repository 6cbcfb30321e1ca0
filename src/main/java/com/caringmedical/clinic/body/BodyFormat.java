package com.caringmedical.clinic.body;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a reader asks for a body: as blocks (apps render them natively) or as HTML (rendered here). */
@Schema(name = "BodyFormat", enumeration = { "blocks", "html" },
        description = "blocks (the default): the body as typed blocks. html: the same body rendered as HTML.")
public enum BodyFormat {
    BLOCKS, HTML;

    public static BodyFormat orDefault(BodyFormat format) {
        return format == null ? BLOCKS : format;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
