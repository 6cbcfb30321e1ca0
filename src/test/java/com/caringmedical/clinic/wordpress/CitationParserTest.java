package com.caringmedical.clinic.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reference-list entries as clinics' posts hold them: PubMed's Vancouver form, the same with spaces lost or the title
 * written twice, an ahead-of-print article, a journal without the usual punctuation, APA, and entries that cannot
 * be read with confidence.
 */
class CitationParserTest {

    @Test
    void vancouverAsPubMedPrintsIt() {
        assertThat(parse("Jeon YH. Spinal cord stimulation in pain management: a review. Korean J Pain. "
                + "2012 Jul;25(3):143-50. Epub 2012 Jun 28."))
                .isEqualTo(new ParsedCitation(List.of(author("Jeon", "YH")),
                        "Spinal cord stimulation in pain management: a review", "Korean J Pain", 2012, 7, null, "25",
                        "3", "143-150", null, null, true));
    }

    @Test
    void anArticleAheadOfPrintWithADoiAndNoVolume() {
        assertThat(parse("Hussain A, Erdek M. Interventional Pain Management for Failed Back Surgery Syndrome. "
                + "Pain Pract. 2013 Feb 3. doi: 10.1111/papr.12035. [Epub ahead of print]"))
                .isEqualTo(new ParsedCitation(List.of(author("Hussain", "A"), author("Erdek", "M")),
                        "Interventional Pain Management for Failed Back Surgery Syndrome", "Pain Pract", 2013, 2, 3,
                        null, null, null, "10.1111/papr.12035", null, true));
    }

    @Test
    void fullStopsThatLostTheirSpaceAndAnAbbreviatedPageRange() {
        ParsedCitation citation = parse("Lebow RL, Adogwa O, Parker SL, Sharma A, Cheng J, McGirt MJ.Asymptomatic "
                + "same-site recurrent disc herniation after lumbar discectomy: results of a prospective longitudinal "
                + "study with 2-year serial imaging.Spine (Phila Pa 1976). 2011 Dec 1;36(25):2147-51.");
        assertThat(citation.authors()).hasSize(6).last().isEqualTo(author("McGirt", "MJ"));
        assertThat(citation.title()).isEqualTo("Asymptomatic same-site recurrent disc herniation after lumbar "
                + "discectomy: results of a prospective longitudinal study with 2-year serial imaging");
        assertThat(citation.journal()).isEqualTo("Spine (Phila Pa 1976)");
        assertThat(citation.pages()).isEqualTo("2147-2151");
        assertThat(citation.aheadOfPrint()).isFalse();
    }

    @Test
    void aTitleWrittenTwiceIsReadFromTheAuthorsOnWithANote() {
        CitationParser.Parsed parsed = CitationParser.parse("Radicular Pain in Post Lumbar Surgery Syndrome. "
                + "Klessinger S. Radicular Pain in Post Lumbar Surgery Syndrome. Pain Med. 2012 Aug 8. "
                + "doi: 10.1111/j.1526-4637.2012.01463.x. [Epub ahead of print]");
        assertThat(parsed.note()).isEqualTo("the title stood twice, once before the authors");
        assertThat(parsed.citation()).get().extracting(ParsedCitation::authors, ParsedCitation::journal,
                ParsedCitation::doi).containsExactly(List.of(author("Klessinger", "S")), "Pain Med",
                "10.1111/j.1526-4637.2012.01463.x");
    }

    @Test
    void aJournalWithYearAndArticleNumberAndATitleWithAFullStop() {
        assertThat(parse("Weiner BK, Patel R. The accuracy of MRI in the detection of Lumbar Disc Containment. "
                + "Journal of Orthopaedic Surgery and Research 2008, 3:46"))
                .extracting(ParsedCitation::journal, ParsedCitation::year, ParsedCitation::volume, ParsedCitation::pages)
                .containsExactly("Journal of Orthopaedic Surgery and Research", 2008, "3", "46");
        assertThat(parse("Cramer H, Haller H, Lauche R, Dobos G. Mindfulness-based stress reduction for low back "
                + "pain. A systematic review. BMC Complement Altern Med. 2012 Sep 25;12(1):162. PMID: 23009695."))
                .extracting(ParsedCitation::title, ParsedCitation::day, ParsedCitation::pages, ParsedCitation::pmid)
                .containsExactly("Mindfulness-based stress reduction for low back pain. A systematic review", 25,
                        "162", "23009695");
    }

    @Test
    void apaWithADoiLink() {
        assertThat(parse("Cramer, H., Haller, H., Lauche, R., & Dobos, G. (2012). Mindfulness-based stress reduction "
                + "for low back pain. A systematic review. BMC Complementary and Alternative Medicine, 12(1), 162. "
                + "https://doi.org/10.1186/1472-6882-12-162"))
                .isEqualTo(new ParsedCitation(List.of(author("Cramer", "H"), author("Haller", "H"),
                        author("Lauche", "R"), author("Dobos", "G")),
                        "Mindfulness-based stress reduction for low back pain. A systematic review",
                        "BMC Complementary and Alternative Medicine", 2012, null, null, "12", "1", "162",
                        "10.1186/1472-6882-12-162", null, false));
    }

    @Test
    void whatCannotBeReadWithConfidenceIsNotGuessedAt() {
        assertThat(CitationParser.parse("See our earlier article on knee pain.").note())
                .isEqualTo("no authors in the Vancouver form (Family AB, Family C.) at its start");
        assertThat(CitationParser.parse("Doe J. A study without a journal or a year.").note())
                .isEqualTo("no journal followed by a year (Journal. 2012 Jul;25(3):143-50)");
        assertThat(CitationParser.parse("Doe J. A study without a journal or a year.").citation()).isEmpty();
    }

    private static ParsedCitation parse(String entry) {
        return CitationParser.parse(entry).citation().orElseThrow(
                () -> new AssertionError("not read: " + CitationParser.parse(entry).note()));
    }

    private static ParsedCitation.Author author(String family, String initials) {
        return new ParsedCitation.Author(family, initials);
    }
}
