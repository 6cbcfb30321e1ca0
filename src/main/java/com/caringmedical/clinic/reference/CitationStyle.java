package com.caringmedical.clinic.reference;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** The citation styles clients may ask for, each an official CSL style from the Citation Style Language project. */
@Schema(name = "CitationStyle", enumeration = { "ama", "apa", "vancouver", "harvard" },
        description = "ama: AMA Manual of Style (the clinic's house style). apa: APA 7th edition. vancouver: NLM "
                + "Citing Medicine (Vancouver). harvard: Cite Them Right (Harvard).")
public enum CitationStyle {
    AMA("american-medical-association", "en-US", true),
    APA("apa", "en-US", false),
    VANCOUVER("nlm-citation-sequence", "en-US", true),
    /** Cite Them Right is a British guide: British quotation marks and punctuation. */
    HARVARD("harvard-cite-them-right", "en-GB", false);

    private final String cslId;
    private final String locale;
    private final boolean numbered;

    CitationStyle(String cslId, String locale, boolean numbered) {
        this.cslId = cslId;
        this.locale = locale;
        this.numbered = numbered;
    }

    /** The style asked for, or the house style, AMA, when none was. */
    public static CitationStyle orDefault(CitationStyle style) {
        return style == null ? AMA : style;
    }

    /** The CSL locale the style is rendered with. */
    String locale() {
        return locale;
    }

    /** The style's file name in the CSL styles repository (org.citationstyles:styles). */
    String cslId() {
        return cslId;
    }

    /** Whether the style numbers its bibliography entries (the number is not part of one citation). */
    boolean numbered() {
        return numbered;
    }

    /** The style as clients write it: ama, apa, vancouver, harvard. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
