package com.caringmedical.clinic.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/**
 * Renders citations with citeproc-java and the official CSL styles, as plain text and as HTML. Rendering takes
 * tens of milliseconds, so each result is kept in memory under the exact item data and style it was rendered from:
 * an edited reference is a different key, and no instance can serve a stale citation.
 */
final class Citations {

    /** One citation in one style. {@code html} is an HTML fragment (inline elements, entities escaped). */
    public record Citation(CitationStyle style, String text, String html) {
    }

    private record Key(CitationStyle style, String item) {
    }

    /** citeproc's HTML entry: the number of numbered styles in a margin div, the citation in the next one. */
    private static final Pattern HTML_ENTRY = Pattern.compile("(?s)^\\s*<div class=\"csl-entry\">\\s*"
            + "(?:<div class=\"csl-left-margin\">[^<]*</div><div class=\"csl-right-inline\">(.*)</div>|(.*?))\\s*</div>\\s*$");
    private static final Pattern TEXT_NUMBER = Pattern.compile("^\\d+\\.\\s*");

    private static final Cache<Key, Citation> RENDERED = Caffeine.newBuilder().maximumSize(20_000).build();
    private static final StringJsonBuilderFactory JSON = new StringJsonBuilderFactory();

    private Citations() {
    }

    public static Citation of(Reference reference, CitationStyle style) {
        CSLItemData item = CslItems.of(reference);
        return RENDERED.get(new Key(style, (String) item.toJson(JSON.createJsonBuilder())), key -> render(item, style));
    }

    /** The item's bibliography entry in the style, its locale and the output format ("text" or "html"). */
    private static String entry(CSLItemData item, CitationStyle style, String format) throws IOException {
        CSL engine = new CSL(new ListItemDataProvider(item), style.cslId(), style.locale());
        engine.setOutputFormat(format);
        engine.registerCitationItems(item.getId());
        return engine.makeBibliography().getEntries()[0];
    }

    private static Citation render(CSLItemData item, CitationStyle style) {
        try {
            String text = entry(item, style, "text").strip();
            String html = entry(item, style, "html");
            if (style.numbered()) {
                text = TEXT_NUMBER.matcher(text).replaceFirst("");
            }
            Matcher entry = HTML_ENTRY.matcher(html);
            if (!entry.matches()) {
                throw new IllegalStateException("citeproc-java rendered an HTML entry of an unknown shape: " + html);
            }
            html = (entry.group(1) != null ? entry.group(1) : entry.group(2)).strip();
            return new Citation(style, text, html);
        } catch (IOException e) {
            throw new UncheckedIOException("The CSL style " + style.cslId() + " is part of the build", e);
        }
    }
}
