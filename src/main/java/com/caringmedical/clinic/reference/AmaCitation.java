package com.caringmedical.clinic.reference;

import java.io.IOException;
import java.io.UncheckedIOException;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * A reference's citation in AMA style, rendered by citeproc-java with the official CSL style
 * (american-medical-association). The style numbers bibliography entries; a single citation drops the number.
 */
final class AmaCitation {

    private static final String STYLE = "american-medical-association";

    private AmaCitation() {
    }

    static String of(ReferenceForm reference) {
        try {
            String entry = CSL.makeAdhocBibliography(STYLE, "text", item(reference)).makeString();
            return entry.strip().replaceFirst("^\\d+\\.\\s*", "");
        } catch (IOException e) {
            throw new UncheckedIOException("The CSL style " + STYLE + " is part of the build", e);
        }
    }

    private static CSLItemData item(ReferenceForm reference) {
        CSLName[] authors = reference.authors().stream()
                .map(a -> new CSLNameBuilder().family(a.family()).given(a.given()).build())
                .toArray(CSLName[]::new);
        CSLItemDataBuilder item = new CSLItemDataBuilder().id("reference").type(CSLType.ARTICLE_JOURNAL)
                .author(authors).title(reference.title()).containerTitle(reference.journal())
                .containerTitleShort(reference.journalAbbreviation())
                .volume(reference.volume()).issue(reference.issue()).page(reference.pages())
                .DOI(reference.doi()).PMID(reference.pmid());
        if (reference.month() == null) {
            item.issued(reference.year());
        } else {
            item.issued(reference.year(), reference.month());
        }
        return item.build();
    }
}
