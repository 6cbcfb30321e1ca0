package com.caringmedical.clinic.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.body.TextRun;

/**
 * WordPress HTML as blocks: every kind of markup a clinic's posts hold, the shortcodes and leftovers of two editors,
 * and what becomes text with a warning instead of being lost.
 */
class PostHtmlTest {

    /** The import has two other posts and two images; anything else is unknown to it. */
    private static final PostLinks IMPORTED = new PostLinks() {
        @Override
        public Optional<Mark.InternalLink> internal(String href) {
            return Optional.ofNullable(Map.of(
                    "https://clinic.example/2019/05/knee-pain/", "knee-pain",
                    "https://clinic.example/?p=41", "what-is-prolotherapy").get(href))
                    .map(slug -> new Mark.InternalLink(Mark.LinkedKind.ARTICLE, slug));
        }

        @Override
        public Optional<Long> media(PostImage image) {
            return image.src().endsWith("spine.jpg") ? Optional.of(7L)
                    : Long.valueOf(12).equals(image.attachmentId()) ? Optional.of(12L) : Optional.empty();
        }
    };

    @Test
    void headingsTakeLevelsTwoToFourAndEmptyParagraphsGo() {
        MappedPost post = map("""
                <!-- wp:heading --><h1>Why backs hurt</h1><!-- /wp:heading -->
                <p>&nbsp;</p><p></p>
                <h3>Ligaments</h3><h6>A detail</h6>
                <p>Text.</p>""");
        assertThat(post.body()).containsExactly(new Block.Heading(2, "Why backs hurt"),
                new Block.Heading(3, "Ligaments"), new Block.Heading(4, "A detail"), paragraph(plain("Text.")));
        assertThat(post.warnings()).isEmpty();
    }

    @Test
    void inlineMarkupBecomesMarksAndLinksToImportedPostsBecomeInternal() {
        MappedPost post = map("""
                <p>Rest <strong>does <em>not</em></strong> heal   ligaments; see <a href="https://clinic.example/2019/05/knee-pain/">knee
                pain</a>, <a href="https://pubmed.ncbi.nlm.nih.gov/22787543/">the study</a>,
                <a href="/contact/">our form</a> or <a href="javascript:alert(1)">this</a>.</p>""");
        assertThat(post.body()).containsExactly(paragraph(plain("Rest "), bold("does "),
                new TextRun("not", new Mark.Bold(), new Mark.Italic()), plain(" heal ligaments; see "),
                new TextRun("knee pain", new Mark.Link(null, new Mark.InternalLink(Mark.LinkedKind.ARTICLE,
                        "knee-pain"))),
                plain(", "), new TextRun("the study", new Mark.Link("https://pubmed.ncbi.nlm.nih.gov/22787543/", null)),
                plain(", our form or this.")));
        assertThat(post.warnings()).containsExactly(
                "the link to '/contact/' was left as text: it is neither an imported post nor a full web, mail or "
                        + "phone address",
                "the link to 'javascript:alert(1)' was left as text: it is neither an imported post nor a full web, "
                        + "mail or phone address");
    }

    @Test
    void theClosingReferenceListIsTakenOutAndItsNumbersInTheTextBecomeCitations() {
        MappedPost post = map("""
                <p>Recurrence is common<sup>1</sup> and often silent<sup>2, 3</sup>; scans mislead [4].</p>
                <p>A footnote<sup>9</sup> and the 2<sup>nd</sup> visit stay text.</p>
                <p><strong>References</strong></p>
                <ol><li>Doe J. A first study. Spine. 2011;36(25):2147-51.</li>
                <li>Roe R. A second study. Pain Med. 2012 Aug 8. doi: 10.1111/x.1. [Epub ahead of print]</li>
                <li>Poe P. A third. BMC Med. 2012;12(1):162.</li><li>Loe L. A fourth. J Orthop. 2008, 3:46</li></ol>""");
        assertThat(post.body()).containsExactly(
                paragraph(plain("Recurrence is common"), citation(1), plain(" and often silent"), citation(2),
                        citation(3), plain("; scans mislead"), citation(4), plain(".")),
                paragraph(plain("A footnote9 and the 2nd visit stay text.")));
        assertThat(post.references()).containsExactly("Doe J. A first study. Spine. 2011;36(25):2147-51.",
                "Roe R. A second study. Pain Med. 2012 Aug 8. doi: 10.1111/x.1. [Epub ahead of print]",
                "Poe P. A third. BMC Med. 2012;12(1):162.", "Loe L. A fourth. J Orthop. 2008, 3:46");
    }

    @Test
    void aReferenceListOfNumberedParagraphsIsFoundToo() {
        MappedPost post = map("""
                <p>As reported [2].</p>
                <h2>Sources</h2>
                <p>1. Doe J. A first study. Spine. 2011.</p>
                <p>2. Roe R. A second study. Pain Med. 2012.</p>
                <p>Have a question for us?</p>""");
        assertThat(post.references()).containsExactly("Doe J. A first study. Spine. 2011.",
                "Roe R. A second study. Pain Med. 2012.");
        assertThat(post.body()).containsExactly(paragraph(plain("As reported"), citation(2), plain(".")),
                paragraph(plain("Have a question for us?")));
    }

    @Test
    void listsKeepOneLevelOfNestingAndADeeperOneJoinsTheLevelAbove() {
        MappedPost post = map("""
                <ul><li>Signs of a true pinched nerve
                  <ol><li>severe pain</li><li>an MRI that fits
                    <ul><li>and an EMG that agrees</li></ul></li></ol></li>
                <li><p>Rest</p></li><li></li></ul>""");
        assertThat(post.body()).containsExactly(new Block.ItemList(false, List.of(
                new Block.ListItem(List.of(plain("Signs of a true pinched nerve")), new Block.NestedList(true, List.of(
                        item("severe pain"), item("an MRI that fits"), item("and an EMG that agrees")))),
                item("Rest"))));
        assertThat(post.warnings()).containsExactly("a list nested three levels deep became items of the level above");
    }

    @Test
    void imagesInsideParagraphsStandBetweenTheirTextAndTakeTheirCaptions() {
        MappedPost post = map("""
                <p>Before the image <a href="https://clinic.example/wp-content/uploads/spine.jpg"><img
                  src="https://clinic.example/wp-content/uploads/spine-300x200.jpg" class="wp-image-12 size-medium"
                  alt="A model of the lumbar spine"></a> and after it.</p>
                [caption id="attachment_7" align="alignnone"]<img src="https://clinic.example/spine.jpg" alt="">
                 The five lumbar vertebrae[/caption]
                <p><img src="https://clinic.example/spine.jpg"></p>
                <p><img src="https://elsewhere.example/gone.png" alt="Gone"></p>""");
        assertThat(post.body()).containsExactly(
                paragraph(plain("Before the image")),
                new Block.Image(12L, "A model of the lumbar spine", null, null),
                paragraph(plain("and after it.")),
                new Block.Image(7L, "The five lumbar vertebrae", null, List.of(plain("The five lumbar vertebrae"))),
                new Block.Image(7L, null, true, null));
        assertThat(post.warnings()).containsExactly(
                "the image https://clinic.example/spine.jpg has no alt text: it is marked decorative; describe it if "
                        + "it shows something",
                "the image https://elsewhere.example/gone.png could not be imported");
    }

    @Test
    void youTubeAndVimeoEmbedsBecomeVideosWhateverTheEditorWrote() {
        MappedPost post = map("""
                <figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">
                https://www.youtube.com/watch?v=Ab3_-xYz123&amp;t=10
                </div><figcaption>A session, start to end</figcaption></figure>
                [embed]https://youtu.be/Qw9_-eRt456[/embed]
                <iframe src="https://www.youtube-nocookie.com/embed/Zx8_-cVb789" title="Knee injection"></iframe>
                <iframe src="https://player.vimeo.com/video/76979871" title="Clinic tour"></iframe>
                <iframe src="https://maps.example/embed?q=clinic"></iframe>""");
        assertThat(post.body()).containsExactly(
                new Block.Video(Block.VideoProvider.YOUTUBE, "Ab3_-xYz123", "A session, start to end"),
                new Block.Video(Block.VideoProvider.YOUTUBE, "Qw9_-eRt456", "Video"),
                new Block.Video(Block.VideoProvider.YOUTUBE, "Zx8_-cVb789", "Knee injection"),
                new Block.Video(Block.VideoProvider.VIMEO, "76979871", "Clinic tour"));
        assertThat(post.warnings()).containsExactly(
                "the video https://youtu.be/Qw9_-eRt456 has no title: it is called 'Video'",
                "the video https://maps.example/embed?q=clinic has no title: it is called 'Video'",
                "an embed of https://maps.example/embed?q=clinic was left out: only YouTube and Vimeo videos have a "
                        + "block");
    }

    @Test
    void shortcodesGoWithAWarningButBracketedTextStays() {
        MappedPost post = map("""
                <p>Write to us: [contact-form-7 id="5" title="Question"]</p>
                <p>[highlight color="yellow"]Important[/highlight] [Epub ahead of print]</p>""");
        assertThat(post.body()).containsExactly(paragraph(plain("Write to us:")),
                paragraph(plain("Important [Epub ahead of print]")));
        assertThat(post.warnings()).containsExactly("the shortcode [highlight] was taken out, its text kept",
                "the shortcode [contact-form-7] was taken out");
    }

    @Test
    void quotesTablesAndScriptsAreQuotedTurnedToTextOrLeftOutWithAWarning() {
        MappedPost post = map("""
                <blockquote class="wp-block-quote"><p>I sat through a whole film.</p><p>No pain.</p>
                <cite>A patient, after four sessions</cite></blockquote>
                <table><tr><th>Sessions</th><th>Relief</th></tr><tr><td>3</td><td>good</td></tr></table>
                <script>track()</script><p>End.</p>""");
        assertThat(post.body()).containsExactly(
                new Block.Quote(List.of(plain("I sat through a whole film. No pain.")), "A patient, after four sessions"),
                paragraph(plain("Sessions | Relief")), paragraph(plain("3 | good")), paragraph(plain("End.")));
        assertThat(post.warnings()).containsExactly("a table became one paragraph per row", "a <script> was left out");
    }

    @Test
    void classicEditorContentWithoutParagraphTagsIsSplitAtBlankLines() {
        MappedPost post = map("First paragraph, line one\nline two.\n\nSecond <em>paragraph</em>.\n\n<h2>Next</h2>");
        assertThat(post.body()).containsExactly(paragraph(plain("First paragraph, line one\nline two.")),
                paragraph(plain("Second "), new TextRun("paragraph", new Mark.Italic()), plain(".")),
                new Block.Heading(2, "Next"));
    }

    private static MappedPost map(String html) {
        return PostHtml.map(html, IMPORTED, false);
    }

    private static Block.Paragraph paragraph(TextRun... runs) {
        return new Block.Paragraph(List.of(runs));
    }

    private static Block.ListItem item(String text) {
        return new Block.ListItem(List.of(plain(text)), null);
    }

    private static TextRun plain(String text) {
        return TextRun.plain(text);
    }

    private static TextRun bold(String text) {
        return new TextRun(text, new Mark.Bold());
    }

    private static TextRun citation(int number) {
        return new TextRun("[" + number + "]", new Mark.Citation(number));
    }

    @Test
    void anExportsTextGetsWordPressTypographyButItsCodeAndShortcodesDoNot() {
        MappedPost saved = PostHtml.map("""
                <p>Don't wait -- ask "why" first...</p>
                <pre>dose = 'low' -- x</pre>
                [caption id="attachment_12" align="alignright"]<img class="wp-image-12" src="/x.jpg" alt="A knee"> \
                The knee's "ligaments".[/caption]""", IMPORTED, true);
        assertThat(saved.body()).containsExactly(
                new Block.Paragraph(List.of(TextRun.plain("Don\u2019t wait \u2014 ask \u201cwhy\u201d first\u2026"))),
                new Block.Paragraph(List.of(TextRun.plain("dose = 'low' -- x"))),
                new Block.Image(12L, "A knee", null, List.of(TextRun.plain(
                        "The knee\u2019s \u201cligaments\u201d."))));
        assertThat(PostHtml.map("<p>Don't wait</p>", IMPORTED, false).body()).as("the REST API's text is left as it is")
                .containsExactly(new Block.Paragraph(List.of(TextRun.plain("Don't wait"))));
    }
}
