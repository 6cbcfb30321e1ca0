package com.caringmedical.clinic.reference;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/**
 * References in the formats reference managers import: CSL-JSON (an array of CSL items, written by citeproc-java),
 * BibTeX (written by jbibtex) and RIS. Every entry carries the same citation key; keys repeated within one export
 * get a letter.
 */
public final class ReferenceExports {

    private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec" };
    /** Characters with a meaning in LaTeX, which BibTeX field values must escape. */
    private static final Pattern LATEX_SPECIAL = Pattern.compile("([&%$#_{}])");
    /** Words BibTeX styles must not lower-case: acronyms and names with inner capitals (MRI, McGirt). */
    private static final Pattern CASED_WORD = Pattern.compile("(?U)\\b(\\w+\\p{Lu}\\w*)");

    private ReferenceExports() {
    }

    /** The references in the given format; the JSON format is not an export. */
    public static String write(ReferenceFormat format, List<Reference> references) {
        List<String> keys = keys(references);
        return switch (format) {
            case CSL_JSON -> cslJson(references, keys);
            case BIBTEX -> bibtex(references, keys);
            case RIS -> ris(references, keys);
            case JSON -> throw new IllegalArgumentException("JSON is the API's own representation, not an export");
        };
    }

    private static List<String> keys(List<Reference> references) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Reference reference : references) {
            String key = CslItems.citationKey(reference);
            int repeat = seen.merge(key, 1, Integer::sum);
            keys.add(repeat == 1 ? key : key + (char) ('a' + repeat - 1));
        }
        return keys;
    }

    private static String cslJson(List<Reference> references, List<String> keys) {
        StringJsonBuilderFactory json = new StringJsonBuilderFactory();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            CSLItemData item = CslItems.of(references.get(i));
            items.add((String) withId(item, keys.get(i)).toJson(json.createJsonBuilder()));
        }
        return items.stream().collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    private static CSLItemData withId(CSLItemData item, String id) {
        return new de.undercouch.citeproc.csl.CSLItemDataBuilder(item).id(id).build();
    }

    private static String bibtex(List<Reference> references, List<String> keys) {
        BibTeXDatabase database = new BibTeXDatabase();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_ARTICLE, new Key(keys.get(i)));
            entry.addField(BibTeXEntry.KEY_AUTHOR, braced(r.authors().stream()
                    .map(a -> latex(a.family()) + (a.given() == null ? "" : ", " + latex(CslItems.given(a.given()))))
                    .collect(Collectors.joining(" and "))));
            entry.addField(BibTeXEntry.KEY_TITLE, braced(CASED_WORD.matcher(latex(r.title())).replaceAll("{$1}")));
            entry.addField(BibTeXEntry.KEY_JOURNAL, braced(latex(r.journal())));
            if (r.journalAbbreviation() != null) {
                entry.addField(new Key("shortjournal"), braced(latex(r.journalAbbreviation())));
            }
            entry.addField(BibTeXEntry.KEY_YEAR, new StringValue(String.valueOf(r.year()), StringValue.Style.BRACED));
            if (r.month() != null) {
                entry.addField(BibTeXEntry.KEY_MONTH, new KeyValue(MONTHS[r.month() - 1]));
            }
            addIfPresent(entry, BibTeXEntry.KEY_VOLUME, r.volume());
            addIfPresent(entry, BibTeXEntry.KEY_NUMBER, r.issue());
            addIfPresent(entry, BibTeXEntry.KEY_PAGES, r.pages() == null ? null : r.pages().replace("-", "--"));
            if (r.doi() != null) {
                entry.addField(BibTeXEntry.KEY_DOI, new StringValue(r.doi(), StringValue.Style.BRACED));
            }
            addIfPresent(entry, new Key("pmid"), r.pmid());
            database.addObject(entry);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void addIfPresent(BibTeXEntry entry, Key key, String value) {
        if (value != null) {
            entry.addField(key, braced(latex(value)));
        }
    }

    private static StringValue braced(String value) {
        return new StringValue(value, StringValue.Style.BRACED);
    }

    private static String latex(String text) {
        return LATEX_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    /** RIS (Research Information Systems): one "TAG  - value" line per field, CRLF line ends, records end with ER. */
    private static String ris(List<Reference> references, List<String> keys) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            risLine(out, "TY", "JOUR");
            risLine(out, "ID", keys.get(i));
            r.authors().forEach(a -> risLine(out, "AU",
                    a.family() + (a.given() == null ? "" : ", " + CslItems.given(a.given()))));
            risLine(out, "TI", r.title());
            risLine(out, "T2", r.journal());
            risLine(out, "J2", r.journalAbbreviation());
            risLine(out, "PY", String.valueOf(r.year()));
            risLine(out, "DA", String.format("%04d/%s/%s/", r.year(), r.month() == null ? "" : String.format("%02d", r.month()),
                    r.day() == null ? "" : String.format("%02d", r.day())));
            risLine(out, "VL", r.volume());
            risLine(out, "IS", r.issue());
            if (r.pages() != null) {
                String[] pages = r.pages().split("-", 2);
                risLine(out, "SP", pages[0]);
                risLine(out, "EP", pages.length > 1 ? pages[1] : null);
            }
            risLine(out, "DO", r.doi());
            risLine(out, "AN", r.pmid());
            risLine(out, "UR", r.doi() == null ? null : "https://doi.org/" + r.doi());
            risLine(out, "ER", "");
        }
        return out.toString();
    }

    private static void risLine(StringBuilder out, String tag, String value) {
        if (value != null) {
            out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
        }
    }
}
