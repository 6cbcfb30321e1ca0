package com.caringmedical.clinic.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a post's reference list, as people write them (Vancouver as PubMed prints it, the same with its
 * spaces lost, APA), read into the fields of a reference. DOIs and PMIDs are found wherever they stand. What cannot
 * be read with confidence (no authors, no journal, no year) is not guessed at: the answer says why, and the import
 * keeps the entry as text and lists it for an editor.
 */
final class CitationParser {

    private static final Pattern DOI = Pattern.compile(
            "(?i)(?:doi:?\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+?)(?=[.,;]?(?:\\s|$))");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{1,9})\\b\\.?");
    private static final Pattern PMCID = Pattern.compile("(?i)\\bPMCID:?\\s*PMC\\d+\\b\\.?");
    private static final Pattern AHEAD_OF_PRINT = Pattern.compile(
            "(?i)\\[?\\s*epub ahead of print\\s*\\]?\\.?|\\bepub\\s+\\d{4}(?:\\s+[a-z]{3})?(?:\\s+\\d{1,2})?\\.?");
    /** "McGirt MJ.Asymptomatic" and "imaging.Spine": a full stop that lost the space after it. */
    private static final Pattern LOST_SPACE = Pattern.compile("([a-z)]|\\b[A-Z]{1,3})\\.([A-Z][a-z])");
    private static final Pattern VANCOUVER_AUTHOR = Pattern.compile("^([\\p{L}'\u2019 -]+?) ([A-Z]{1,3})$");
    private static final Pattern VANCOUVER_DATE = Pattern.compile(
            "^(\\d{4})(?: ([A-Z][a-z]{2})[a-z]*)?(?: (\\d{1,2}))?(?:;\\s*(\\d+)(?:\\(([^)]+)\\))?)?(?::\\s*([\\w\u2013-]+))?$");
    /** "Journal of Orthopaedic Surgery and Research 2008, 3:46": journal, year, volume and article number. */
    private static final Pattern JOURNAL_YEAR_VOLUME = Pattern.compile("^(.+?) (\\d{4}), (\\d+):\\s*([\\w\u2013-]+)$");
    private static final Pattern APA = Pattern.compile(
            "^(.+?)\\s*\\((\\d{4})[a-z]?\\)\\.\\s*(.+?)\\.\\s+([^.]+?),\\s*(\\d+)(?:\\(([^)]+)\\))?,\\s*([\\w\u2013-]+)\\.?$");
    private static final Pattern APA_AUTHOR = Pattern.compile("([\\p{L}'\u2019 -]+?),\\s*((?:[A-Z]\\.\\s*-?)+)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("Jan", 1), Map.entry("Feb", 2),
            Map.entry("Mar", 3), Map.entry("Apr", 4), Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7),
            Map.entry("Aug", 8), Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));

    private CitationParser() {
    }

    /** The entry's fields, or why they could not be read with confidence. */
    static Parsed parse(String entry) {
        String text = entry.strip().replaceAll("\\s+", " ");
        String doi = find(DOI, text);
        String pmid = find(PMID, text);
        boolean aheadOfPrint = AHEAD_OF_PRINT.matcher(text).find();
        String rest = PMCID.matcher(PMID.matcher(DOI.matcher(text).replaceAll("")).replaceAll("")).replaceAll("");
        rest = AHEAD_OF_PRINT.matcher(rest).replaceAll("");
        rest = rest.replaceAll("\\s*\\.(\\s*\\.)+", ".").replaceAll("\\s+", " ").strip();
        Matcher apa = APA.matcher(rest);
        if (apa.matches()) {
            return apa(apa, doi, pmid, aheadOfPrint);
        }
        return vancouver(LOST_SPACE.matcher(rest).replaceAll("$1. $2"), doi, pmid, aheadOfPrint);
    }

    private static Parsed vancouver(String text, String doi, String pmid, boolean aheadOfPrint) {
        List<String> segments = new ArrayList<>(List.of(text.replaceFirst("\\.$", "").split("\\.\\s+")));
        List<ParsedCitation.Author> authors = vancouverAuthors(segments.get(0));
        String note = null;
        if (authors.isEmpty() && segments.size() > 2 && !vancouverAuthors(segments.get(1)).isEmpty()
                && segments.get(0).equalsIgnoreCase(segments.get(2))) {
            segments.remove(0);
            authors = vancouverAuthors(segments.get(0));
            note = "the title stood twice, once before the authors";
        }
        if (authors.isEmpty()) {
            return Parsed.uncertain("no authors in the Vancouver form (Family AB, Family C.) at its start");
        }
        for (int i = 2; i < segments.size(); i++) {
            Matcher date = VANCOUVER_DATE.matcher(segments.get(i).strip());
            Matcher combined = JOURNAL_YEAR_VOLUME.matcher(segments.get(i).strip());
            if (date.matches() && i >= 3) {
                String title = String.join(". ", segments.subList(1, i - 1));
                return Parsed.of(new ParsedCitation(authors, title, segments.get(i - 1).strip(),
                        Integer.valueOf(date.group(1)), date.group(2) == null ? null : MONTHS.get(date.group(2)),
                        date.group(3) == null ? null : Integer.valueOf(date.group(3)), date.group(4), date.group(5),
                        pages(date.group(6)), doi, pmid, aheadOfPrint), note);
            }
            if (combined.matches()) {
                String title = String.join(". ", segments.subList(1, i));
                return Parsed.of(new ParsedCitation(authors, title, combined.group(1).strip(),
                        Integer.valueOf(combined.group(2)), null, null, combined.group(3), null,
                        combined.group(4), doi, pmid, aheadOfPrint), note);
            }
        }
        return Parsed.uncertain("no journal followed by a year (Journal. 2012 Jul;25(3):143-50)");
    }

    private static List<ParsedCitation.Author> vancouverAuthors(String segment) {
        List<ParsedCitation.Author> authors = new ArrayList<>();
        for (String name : segment.split(",\\s*")) {
            String trimmed = name.strip();
            if (trimmed.equalsIgnoreCase("et al")) {
                continue;
            }
            Matcher author = VANCOUVER_AUTHOR.matcher(trimmed);
            if (!author.matches()) {
                return List.of();
            }
            authors.add(new ParsedCitation.Author(author.group(1).strip(), author.group(2)));
        }
        return authors;
    }

    private static Parsed apa(Matcher apa, String doi, String pmid, boolean aheadOfPrint) {
        List<ParsedCitation.Author> authors = new ArrayList<>();
        Matcher author = APA_AUTHOR.matcher(apa.group(1).replace("&", ""));
        while (author.find()) {
            authors.add(new ParsedCitation.Author(author.group(1).replaceFirst("^[,\\s]+", "").strip(),
                    author.group(2).replaceAll("[.\\s-]", "")));
        }
        if (authors.isEmpty()) {
            return Parsed.uncertain("no authors in the APA form (Family, A. B., & Family, C.)");
        }
        return Parsed.of(new ParsedCitation(authors, apa.group(3).strip(), apa.group(4).strip(),
                Integer.valueOf(apa.group(2)), null, null, apa.group(5), apa.group(6), pages(apa.group(7)), doi,
                pmid, aheadOfPrint), null);
    }

    /** A page range written in full: 2147-51 is 2147-2151. */
    static String pages(String pages) {
        if (pages == null) {
            return null;
        }
        Matcher range = Pattern.compile("^(\\d+)[\u2013-](\\d+)$").matcher(pages);
        if (!range.matches() || range.group(2).length() >= range.group(1).length()) {
            return pages.replace('\u2013', '-');
        }
        String first = range.group(1);
        return first + "-" + first.substring(0, first.length() - range.group(2).length()) + range.group(2);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A reading: the citation with a note on anything unusual, or why there is none. */
    record Parsed(Optional<ParsedCitation> citation, String note) {

        static Parsed of(ParsedCitation citation, String note) {
            return new Parsed(Optional.of(citation), note);
        }

        static Parsed uncertain(String why) {
            return new Parsed(Optional.empty(), why);
        }
    }
}
