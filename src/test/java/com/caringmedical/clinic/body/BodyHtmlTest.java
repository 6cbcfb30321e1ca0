package com.caringmedical.clinic.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The HTML a web front-end gets for each kind of block and mark: exactly these elements, every text escaped. */
class BodyHtmlTest {

    private static final HtmlTargets TARGETS = new HtmlTargets() {
        @Override
        public String href(Mark.InternalLink link) {
            return "/" + link.kind().name().toLowerCase() + "/" + link.slug();
        }

        @Override
        public Optional<Picture> picture(long mediaId) {
            return mediaId == 12 ? Optional.of(new Picture("/media/12/1024.jpg", 1600, 900, List.of(
                    new Picture.Source("image/webp", "/media/12/640.webp 640w, /media/12/1600.webp 1600w"),
                    new Picture.Source("image/jpeg", "/media/12/640.jpg 640w, /media/12/1600.jpg 1600w"))))
                    : Optional.empty();
        }
    };

    @Test
    void headingsGetIdsForATableOfContentsEvenWhenTheyRepeat() {
        assertEquals("<h2 id=\"what-it-costs\">What it costs</h2><h3 id=\"what-it-costs-2\">What it costs</h3>"
                + "<h4 id=\"resume-a-l-ecole\">Résumé à l'école</h4>",
                html(new Block.Heading(2, "What it costs"), new Block.Heading(3, "What it costs"),
                        new Block.Heading(4, "Résumé à l'école")));
    }

    @Test
    void marksNestLinkOutsideBoldOutsideItalic() {
        assertEquals("<p>Read <a href=\"https://example.org/a?b=1&amp;c=2\"><strong><em>the study</em></strong></a>"
                + " or <a href=\"/treatment/prolotherapy\" data-kind=\"treatment\" data-slug=\"prolotherapy\">"
                + "Prolotherapy</a>.</p>",
                html(new Block.Paragraph(List.of(TextRun.plain("Read "),
                        new TextRun("the study", new Mark.Italic(), new Mark.Link("https://example.org/a?b=1&c=2", null),
                                new Mark.Bold()),
                        TextRun.plain(" or "),
                        new TextRun("Prolotherapy", new Mark.Link(null,
                                new Mark.InternalLink(Mark.LinkedKind.TREATMENT, "prolotherapy"))),
                        TextRun.plain(".")))));
    }

    @Test
    void aCitationIsASuperscriptLinkToItsReference() {
        assertEquals("<p>It helped a minority<sup class=\"citation\"><a href=\"#reference-4\">[4]</a></sup>.</p>",
                html(new Block.Paragraph(List.of(TextRun.plain("It helped a minority"),
                        new TextRun("[4]", new Mark.Citation(4)), TextRun.plain(".")))));
    }

    @Test
    void listsNestOneLevelInsideTheirItem() {
        assertEquals("<ol><li>Rest<ul><li>two days</li></ul></li><li>Move</li></ol>",
                html(new Block.ItemList(true, List.of(
                        new Block.ListItem(List.of(TextRun.plain("Rest")), new Block.NestedList(false, List.of(
                                new Block.ListItem(List.of(TextRun.plain("two days")), null)))),
                        new Block.ListItem(List.of(TextRun.plain("Move")), null)))));
    }

    @Test
    void aQuoteIsAFigureWithItsAttribution() {
        assertEquals("<figure class=\"quote\"><blockquote><p>I walk again.</p></blockquote>"
                + "<figcaption>A patient</figcaption></figure>",
                html(new Block.Quote(List.of(TextRun.plain("I walk again.")), " A patient ")));
    }

    @Test
    void anImageOffersEveryFileTypeWithItsSizeAltTextAndCaption() {
        assertEquals("<figure class=\"image\"><picture>"
                + "<source type=\"image/webp\" srcset=\"/media/12/640.webp 640w, /media/12/1600.webp 1600w\" "
                + "sizes=\"(max-width: 800px) 100vw, 800px\">"
                + "<source type=\"image/jpeg\" srcset=\"/media/12/640.jpg 640w, /media/12/1600.jpg 1600w\" "
                + "sizes=\"(max-width: 800px) 100vw, 800px\">"
                + "<img src=\"/media/12/1024.jpg\" alt=\"An &quot;X-ray&quot; of the spine\" width=\"1600\" "
                + "height=\"900\" loading=\"lazy\" decoding=\"async\"></picture>"
                + "<figcaption><em>Figure 1</em> Before treatment</figcaption></figure>",
                html(new Block.Image(12L, "An \"X-ray\" of the spine", null,
                        List.of(new TextRun("Figure 1", new Mark.Italic()), TextRun.plain(" Before treatment")))));
    }

    @Test
    void aDecorativeImageHasEmptyAltTextAndAMissingOneIsLeftOut() {
        assertEquals("<figure class=\"image\"><picture>"
                + "<source type=\"image/webp\" srcset=\"/media/12/640.webp 640w, /media/12/1600.webp 1600w\" "
                + "sizes=\"(max-width: 800px) 100vw, 800px\">"
                + "<source type=\"image/jpeg\" srcset=\"/media/12/640.jpg 640w, /media/12/1600.jpg 1600w\" "
                + "sizes=\"(max-width: 800px) 100vw, 800px\">"
                + "<img src=\"/media/12/1024.jpg\" alt=\"\" width=\"1600\" height=\"900\" loading=\"lazy\" "
                + "decoding=\"async\"></picture></figure>",
                html(new Block.Image(12L, null, true, null), new Block.Image(99L, "Gone", null, null)));
    }

    @Test
    void aVideoIsALinkToTheProvidersPageWithNoPlayerOrScript() {
        assertEquals("<figure class=\"video\" data-provider=\"youtube\" data-video-id=\"a1_B-c\">"
                + "<a href=\"https://www.youtube.com/watch?v=a1_B-c\">How an injection is given</a></figure>"
                + "<figure class=\"video\" data-provider=\"vimeo\" data-video-id=\"76979871\">"
                + "<a href=\"https://vimeo.com/76979871\">A clinic tour</a></figure>",
                html(new Block.Video(Block.VideoProvider.YOUTUBE, "a1_B-c", "How an injection is given"),
                        new Block.Video(Block.VideoProvider.VIMEO, "76979871", "A clinic tour")));
    }

    @Test
    void aCalloutIsAnAsideOfItsKindWithItsTitle() {
        assertEquals("<aside class=\"callout\" data-kind=\"key-points\"><p class=\"callout-title\">Key points</p>"
                + "<ul><li>Most recurrences cause no pain.</li></ul></aside>",
                html(new Block.Callout(Block.CalloutKind.KEY_POINTS, "Key points", List.of(new Block.ItemList(false,
                        List.of(new Block.ListItem(List.of(TextRun.plain("Most recurrences cause no pain.")), null)))))));
    }

    @Test
    void textThatLooksLikeMarkupIsShownAsText() {
        assertEquals("<h2 id=\"script-alert-1-script\">&lt;script&gt;alert(1)&lt;/script&gt;</h2>"
                + "<p>&lt;img src=x onerror=alert(1)&gt; &amp; \"quotes\"</p>",
                html(new Block.Heading(2, "<script>alert(1)</script>"),
                        new Block.Paragraph(List.of(TextRun.plain("<img src=x onerror=alert(1)> & \"quotes\"")))));
    }

    private static String html(Block... blocks) {
        return BodyHtml.render(List.of(blocks), TARGETS);
    }
}
