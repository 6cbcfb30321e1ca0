package com.caringmedical.clinic.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.body.Mark;

/** A WordPress export file read into the site's authors, terms, posts, pages and images. */
class WxrReaderTest {

    @Test
    void readsTheSitesAuthorsTermsPostsAndImages() throws IOException {
        WordPressExport site = WxrReader.read(fixture("clinic-export.xml"));

        assertThat(site.siteUrl()).isEqualTo("https://clinic.example");
        assertThat(site.authors()).containsExactly(new WordPressExport.Author("rhauser", "Ross Hauser, MD", "Ross",
                "Hauser"));
        assertThat(site.categories()).containsExactly(new WordPressExport.Term("low-back-pain", "Low back pain"));
        assertThat(site.tags()).containsExactly(new WordPressExport.Term("prolotherapy", "Prolotherapy"));
        assertThat(site.attachments()).containsOnlyKeys(31L);
        assertThat(site.attachments().get(31L)).isEqualTo(new WordPressExport.Attachment(31,
                "https://clinic.example/wp-content/uploads/2019/05/spine.jpg", "A model of the lumbar spine",
                "A plastic model of the lower spine", "The five lumbar vertebrae, seen from the side"));

        assertThat(site.items()).extracting(WordPressExport.Item::id).containsExactly(41L, 52L);
        WordPressExport.Item post = site.items().get(0);
        assertThat(post.type()).isEqualTo("post");
        assertThat(post.status()).isEqualTo("publish");
        assertThat(post.slug()).isEqualTo("ligaments-after-surgery");
        assertThat(post.link()).isEqualTo("https://clinic.example/2019/05/ligaments-after-surgery/");
        assertThat(post.publishedAt()).isEqualTo(Instant.parse("2019-05-02T10:00:00Z"));
        assertThat(post.modifiedAt()).isEqualTo(Instant.parse("2021-03-04T08:30:00Z"));
        assertThat(post.authorLogin()).isEqualTo("rhauser");
        assertThat(post.excerpt()).isEqualTo("How soft tissue keeps the spine stable.");
        assertThat(post.categories()).containsExactly("low-back-pain");
        assertThat(post.tags()).containsExactly("prolotherapy");
        assertThat(post.featuredImage()).isEqualTo(31L);
        assertThat(post.html()).contains("<sup>1</sup>").contains("<!-- wp:paragraph -->");

        WordPressExport.Item page = site.items().get(1);
        assertThat(page.type()).isEqualTo("page");
        assertThat(page.status()).isEqualTo("draft");
        assertThat(page.publishedAt()).isNull();
        assertThat(page.featuredImage()).isNull();
    }

    @Test
    void theExportedPostsHtmlMapsToBlocksWithItsReferenceList() throws IOException {
        WordPressExport.Item post = WxrReader.read(fixture("clinic-export.xml")).items().get(0);
        MappedPost mapped = PostHtml.map(post.html(), new PostLinks() {
            @Override
            public Optional<Mark.InternalLink> internal(String href) {
                return Optional.empty();
            }

            @Override
            public Optional<Long> media(PostImage image) {
                return Optional.empty();
            }
        }, true);
        assertThat(mapped.references()).containsExactly("Doe J. A study of ligaments. Spine. 2011 Dec 1;36(25):2147-51.");
        assertThat(mapped.body()).hasSize(1);
        assertThat(CitationParser.parse(mapped.references().get(0)).citation()).get()
                .extracting(ParsedCitation::journal, ParsedCitation::pages).containsExactly("Spine", "2147-2151");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        WordPressExport site = WxrReader.read("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type></item>
                </channel></rss>""");
        assertThat(site.items()).hasSize(1);
        assertThat(site.items().get(0).title()).doesNotContain("root:");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedWithTheReason() {
        assertThatThrownBy(() -> WxrReader.read("<html><body>Hello</body></html>"))
                .hasMessage("not a WordPress export (WXR): no rss channel with a wp:wxr_version");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/wordpress/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSiteOfAnExportIsReadFromItsStartAlone() {
        assertThat(WxrReader.siteOf(("<?xml version=\"1.0\"?><rss><channel><wp:wxr_version>1.2</wp:wxr_version>"
                + "<wp:base_blog_url><![CDATA[https://clinic.example/blog/]]></wp:base_blog_url>").getBytes()))
                .hasValue("https://clinic.example/blog");
        assertThat(WxrReader.siteOf("<html><body>hello</body></html>".getBytes())).isEmpty();
        assertThat(WxrReader.siteOf("<rss><channel><wp:wxr_version>1.2</wp:wxr_version></channel>".getBytes()))
                .as("no site named").isEmpty();
    }

    @Test
    void entitiesAFileDeclaresAreNeverExpandedNorFetched() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://clinic.example</wp:base_blog_url>
                <item><title>&d;&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
                <wp:status>publish</wp:status><content:encoded>&d;</content:encoded></item></channel></rss>""";
        WordPressExport site = WxrReader.read(laughs);
        assertThat(site.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).doesNotContain("aaaaaaaaaa").doesNotContain("root:");
            assertThat(item.html().length()).isLessThan(100);
        });
    }
}
