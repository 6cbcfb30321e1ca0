package com.caringmedical.clinic.syndication;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import com.redfin.sitemapgenerator.SitemapValidator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Search engines read the sitemap, feed readers the Atom feed: both name the public site's pages
 * (clinic.syndication.site-url is https://www.clinic.example in tests), list published content only, and are
 * answered with an ETag like every public read. The feed is validated against RFC 4287's schema in
 * {@link AtomFeedValidationTest}.
 */
@QuarkusTest
class SyndicationResourceTest {

    private static final String SITE = "https://www.clinic.example";

    @Test
    void theSitemapListsEveryPublishedPageWithItsLastSave() throws Exception {
        String sitemap = sitemap();
        sitemapSchema().newValidator().validate(new StreamSource(new StringReader(sitemap)));
        XmlDocument urls = XmlDocument.parse(sitemap, "s", Syndication.SITEMAP_NS);
        assertTrue(urls.texts("/s:urlset/s:url/s:loc").containsAll(List.of(
                SITE + "/articles/failed-back-surgery-syndrome-treatment-options",
                SITE + "/treatments/prolotherapy",
                SITE + "/locations/oak-park",
                SITE + "/locations/fort-myers")), sitemap);

        String slug = newSlug("office");
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
        assertFalse(sitemap().contains("/locations/" + slug), "a draft is not in the sitemap");

        editor().header("If-Match", "\"v0\"").body(office(slug, "PUBLISHED")).put("/editor/locations/" + slug)
                .then().statusCode(200);
        Instant saved = Instant.parse(api().get("/locations/" + slug).then().statusCode(200)
                .extract().path("updatedAt"));
        String lastmod = XmlDocument.parse(sitemap(), "s", Syndication.SITEMAP_NS)
                .text("/s:urlset/s:url[s:loc='" + SITE + "/locations/" + slug + "']/s:lastmod");
        assertEquals(saved.truncatedTo(ChronoUnit.SECONDS), Instant.parse(lastmod));

        editor().header("If-Match", "\"v1\"").body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                .then().statusCode(200);
        assertFalse(sitemap().contains("/locations/" + slug), "an unpublished office leaves the sitemap");
    }

    @Test
    void theSitemapSchemaRejectsAUrlWithoutItsAddress() {
        String broken = sitemap().replaceFirst("<loc>[^<]*</loc>", "");
        assertThrows(SAXException.class,
                () -> sitemapSchema().newValidator().validate(new StreamSource(new StringReader(broken))));
    }

    @Test
    void theFeedHoldsTheArticlesSavedLastWithIdsThatOutliveTheirSlug() {
        String slug = newSlug("article");
        editor().body(article(slug, "PUBLISHED")).post("/editor/articles").then().statusCode(201);

        XmlDocument feed = XmlDocument.parse(feed(), "a", Syndication.ATOM_NS);
        assertEquals("Caring Medical: articles on spine and joint pain", feed.text("/a:feed/a:title"));
        assertEquals("Caring Medical", feed.text("/a:feed/a:author/a:name"));
        assertEquals("/feed.atom", feed.text("/a:feed/a:link[@rel='self']/@href"));
        String first = "/a:feed/a:entry[1]";
        assertEquals("What is dry needling?", feed.text(first + "/a:title"));
        assertEquals(SITE + "/articles/" + slug, feed.text(first + "/a:link[@rel='alternate']/@href"));
        assertEquals("Ross Hauser, MD", feed.text(first + "/a:author/a:name"));
        assertEquals("neck-pain", feed.text(first + "/a:category/@term"));
        assertEquals(feed.text("/a:feed/a:updated"), feed.text(first + "/a:updated"), "the feed changed with it");
        String id = feed.text(first + "/a:id");
        assertTrue(id.matches("tag:www\\.clinic\\.example,2026:articles/\\d+"), id);

        String renamed = newSlug("article");
        editor().header("If-Match", "\"v0\"").body(article(renamed, "PUBLISHED")).put("/editor/articles/" + slug)
                .then().statusCode(200);
        XmlDocument after = XmlDocument.parse(feed(), "a", Syndication.ATOM_NS);
        assertEquals(id, after.text(first + "/a:id"), "a feed reader keeps the entry it has");
        assertEquals(SITE + "/articles/" + renamed, after.text(first + "/a:link[@rel='alternate']/@href"));

        editor().header("If-Match", "\"v1\"").body(article(renamed, "DRAFT")).put("/editor/articles/" + renamed)
                .then().statusCode(200);
        assertFalse(feed().contains(id), "an unpublished article leaves the feed");
    }

    @Test
    void bothAreAnsweredWithAnETagAndA304() {
        for (String path : new String[] { "/sitemap.xml", "/feed.atom" }) {
            String tag = api().get(path).then().statusCode(200)
                    .header("Cache-Control", startsWith("public"))
                    .extract().header("ETag");
            api().header("If-None-Match", tag).get(path).then().statusCode(304);
        }
    }

    static String sitemap() {
        return api().get("/sitemap.xml").then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .extract().asString();
    }

    static String feed() {
        return api().get("/feed.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .extract().asString();
    }

    /** The sitemaps.org protocol's schema, as sitemapgen4j ships it. */
    private static Schema sitemapSchema() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SitemapValidator.class.getResource("sitemap.xsd"));
    }

    private static io.restassured.specification.RequestSpecification editor() {
        return as("editor").contentType(ContentType.JSON);
    }
}
