package com.caringmedical.clinic.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.web.problem.Problem;

/** The rules of a body beyond its shape, each refusal naming the field from the root of the request. */
class BodyRulesTest {

    /** A page with three references, one known treatment option and one media item (12). */
    private static final BodyReferents PAGE = new BodyReferents() {
        @Override
        public int referenceCount() {
            return 3;
        }

        @Override
        public Optional<String> refuseLink(Mark.InternalLink link) {
            return link.slug().equals("prolotherapy") ? Optional.empty()
                    : Optional.of("no published treatment option has the slug '" + link.slug() + "'");
        }

        @Override
        public Optional<String> refuseMedia(long mediaId) {
            return mediaId == 12 ? Optional.empty() : Optional.of("no media item has the id " + mediaId);
        }
    };

    @Test
    void aBodyUsingEveryBlockAndMarkWellIsAccepted() {
        assertThat(check(
                new Block.Heading(2, "Why it hurts"),
                paragraph(new TextRun("Ligaments", new Mark.Bold(), new Mark.Italic()), TextRun.plain(" heal slowly"),
                        new TextRun("[3]", new Mark.Citation(3))),
                new Block.ItemList(false, List.of(new Block.ListItem(List.of(link("Call us", "tel:+1-708-393-8266")),
                        new Block.NestedList(true, List.of(new Block.ListItem(List.of(TextRun.plain("ask")), null)))))),
                new Block.Quote(List.of(link("Write", "mailto:questions@clinic.example")), null),
                new Block.Image(12L, null, true, null),
                new Block.Video(Block.VideoProvider.YOUTUBE, "abc", "A talk"),
                new Block.Callout(Block.CalloutKind.DISCLAIMER, null, List.of(paragraph(new TextRun("See",
                        new Mark.Link(null, new Mark.InternalLink(Mark.LinkedKind.TREATMENT, "prolotherapy"))))))))
                .isEmpty();
    }

    @Test
    void textThatIsOnlySpacesIsEmpty() {
        assertThat(check(paragraph(TextRun.plain("  "), TextRun.plain("\n"))))
                .containsExactly(error("body[0].content", "must have text"));
    }

    @Test
    void aCitationMustNumberOneOfThePagesReferences() {
        assertThat(check(paragraph(TextRun.plain("As shown"), new TextRun("[4]", new Mark.Citation(4)))))
                .containsExactly(error("body[0].content[1].marks[0].reference", "cites reference 4, but the page has 3"));
    }

    @Test
    void linksOutMustBeWebMailOrPhoneAddressesInFull() {
        assertThat(check(paragraph(link("a", "javascript:alert(1)"), link("b", "data:text/html,hi"),
                link("c", "https://"), link("d", "mailto:nobody"), link("e", "/relative/path"), link("f", "ht tp://x"),
                link("g", "HTTPS://clinic.example/ok"))))
                .extracting(Problem.FieldError::field, Problem.FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("body[0].content[0].marks[0].href",
                                "must be an http, https, mailto or tel address"),
                        org.assertj.core.groups.Tuple.tuple("body[0].content[1].marks[0].href",
                                "must be an http, https, mailto or tel address"),
                        org.assertj.core.groups.Tuple.tuple("body[0].content[2].marks[0].href",
                                "is not a valid address"),
                        org.assertj.core.groups.Tuple.tuple("body[0].content[3].marks[0].href",
                                "is not a complete mailto address"),
                        org.assertj.core.groups.Tuple.tuple("body[0].content[4].marks[0].href",
                                "must be an http, https, mailto or tel address"),
                        org.assertj.core.groups.Tuple.tuple("body[0].content[5].marks[0].href",
                                "is not a valid address"));
    }

    @Test
    void aLinkHasExactlyOneTargetThatExistsAndIsNotAlsoACitation() {
        assertThat(check(paragraph(
                new TextRun("both", new Mark.Link("https://clinic.example", new Mark.InternalLink(
                        Mark.LinkedKind.ARTICLE, "x"))),
                new TextRun("none", new Mark.Link(null, null)),
                new TextRun("gone", new Mark.Link(null, new Mark.InternalLink(Mark.LinkedKind.TREATMENT, "cupping"))),
                new TextRun("[1]", new Mark.Citation(1), new Mark.Link("https://clinic.example", null)),
                new TextRun("twice", new Mark.Bold(), new Mark.Bold()))))
                .containsExactly(
                        error("body[0].content[0].marks[0]", "needs exactly one of href (an address outside) and to "
                                + "(the clinic's own content)"),
                        error("body[0].content[1].marks[0]", "needs exactly one of href (an address outside) and to "
                                + "(the clinic's own content)"),
                        error("body[0].content[2].marks[0].to", "no published treatment option has the slug 'cupping'"),
                        error("body[0].content[3].marks", "a citation links to its reference itself: it cannot be a "
                                + "link too"),
                        error("body[0].content[4].marks[1]", "repeats a mark of the same type"));
    }

    @Test
    void anImageSaysWhatItShowsUnlessItIsDecorativeAndShowsAnExistingItem() {
        assertThat(check(new Block.Image(12L, " ", null, null), new Block.Image(12L, "A spine", true, null),
                new Block.Image(77L, "A knee", false, List.of(new TextRun("[9]", new Mark.Citation(9))))))
                .containsExactly(
                        error("body[0].alt", "must say what the image shows, unless decorative is true"),
                        error("body[1].alt", "a decorative image has no alt text: leave it out, or set decorative "
                                + "to false"),
                        error("body[2].media", "no media item has the id 77"),
                        error("body[2].caption[0].marks[0].reference", "cites reference 9, but the page has 3"));
    }

    @Test
    void listsNestOneLevelAndCalloutsHoldParagraphsAndListsOnly() {
        Block.NestedList deepest = new Block.NestedList(false, List.of(item("c", null)));
        assertThat(check(
                new Block.ItemList(false, List.of(item("a", new Block.NestedList(false, List.of(item("b", deepest)))))),
                new Block.Callout(Block.CalloutKind.NOTE, "Note", List.of(new Block.Heading(2, "No"),
                        new Block.Callout(Block.CalloutKind.NOTE, null, List.of(paragraph(TextRun.plain("x")))),
                        paragraph(TextRun.plain("Yes"))))))
                .containsExactly(
                        error("body[0].items[0].list.items[0].list", "lists nest one level deep: an item of a nested "
                                + "list holds no list"),
                        error("body[1].blocks[0]", "a callout holds paragraphs and lists only"),
                        error("body[1].blocks[1]", "a callout holds paragraphs and lists only"));
    }

    private static List<Problem.FieldError> check(Block... blocks) {
        return BodyRules.check("body", List.of(blocks), PAGE);
    }

    private static Block.Paragraph paragraph(TextRun... runs) {
        return new Block.Paragraph(List.of(runs));
    }

    private static Block.ListItem item(String text, Block.NestedList list) {
        return new Block.ListItem(List.of(TextRun.plain(text)), list);
    }

    private static TextRun link(String text, String href) {
        return new TextRun(text, new Mark.Link(href, null));
    }

    private static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
