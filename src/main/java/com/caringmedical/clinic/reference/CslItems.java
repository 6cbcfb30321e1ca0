package com.caringmedical.clinic.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/** A reference as CSL item data, the input citeproc-java renders and the content of a CSL-JSON export. */
final class CslItems {

    /** Given names stored as bare initials, as PubMed lists them: "YH". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,3}");

    private CslItems() {
    }

    static CSLItemData of(Reference reference) {
        CSLName[] authors = reference.authors().stream()
                .map(a -> new CSLNameBuilder().family(a.family()).given(given(a.given())).build())
                .toArray(CSLName[]::new);
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(citationKey(reference)).type(CSLType.ARTICLE_JOURNAL)
                .author(authors).title(reference.title()).containerTitle(reference.journal())
                .containerTitleShort(reference.journalAbbreviation())
                .volume(reference.volume()).issue(reference.issue()).page(reference.pages())
                .DOI(reference.doi()).PMID(reference.pmid());
        if (reference.month() == null) {
            item.issued(reference.year());
        } else if (reference.day() == null) {
            item.issued(reference.year(), reference.month());
        } else {
            item.issued(reference.year(), reference.month(), reference.day());
        }
        return item.build();
    }

    /**
     * Bare initials become separate initials ("YH" to "Y. H."), so that every style abbreviates them its own way
     * ("Jeon YH" in AMA, "Jeon, Y. H." in APA); a written-out given name is passed on as it is.
     */
    static String given(String given) {
        if (given == null || !INITIALS.matcher(given).matches()) {
            return given;
        }
        return String.join(". ", given.split("")) + ".";
    }

    /**
     * A key reference managers show and BibTeX cites by: the first author's family name, the year and the first
     * word of the title that is not an article, in lower-case ASCII: {@code jeon2012spinal}.
     */
    static String citationKey(Reference reference) {
        String author = reference.authors().isEmpty() ? "anonymous" : ascii(reference.authors().get(0).family());
        String word = "";
        for (String candidate : reference.title().split("[^\\p{L}\\p{N}]+")) {
            String cleaned = ascii(candidate);
            if (!cleaned.isEmpty() && !cleaned.equals("a") && !cleaned.equals("an") && !cleaned.equals("the")) {
                word = cleaned;
                break;
            }
        }
        return author + reference.year() + word;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
