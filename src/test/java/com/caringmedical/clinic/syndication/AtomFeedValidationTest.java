package com.caringmedical.clinic.syndication;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The Atom feed is valid against the RELAX NG schema of RFC 4287 (Appendix B), checked by Jing; the rules the RFC
 * states beside the schema (an author for every entry, a link or content in each) are checked here too.
 * {@code ./mvnw verify -Psystem-tests} runs it with ATOM_SCHEMA naming the schema file, which .ci/run fetches
 * ({@code .ci/atom-schema.sh}).
 */
@QuarkusTest
@Tag("atom")
class AtomFeedValidationTest {

    @Test
    void theFeedIsValidAtom() {
        String slug = publishAnArticle();
        String feed = SyndicationResourceTest.feed();
        unpublish(slug);

        assertEquals(List.of(), errors(feed), feed);
        XmlDocument atom = XmlDocument.parse(feed, "a", Syndication.ATOM_NS);
        assertEquals("0", atom.text("count(/a:feed/a:entry[not(a:author) and not(/a:feed/a:author)])"));
        assertEquals("0", atom.text("count(/a:feed/a:entry[not(a:link[@rel='alternate']) and not(a:content)])"));
        assertTrue(Integer.parseInt(atom.text("count(/a:feed/a:entry)")) > 0, feed);
    }

    @Test
    void theSchemaRejectsAnEntryWithoutItsId() {
        String slug = publishAnArticle();
        String broken = SyndicationResourceTest.feed().replaceFirst("(<entry>)<id>[^<]*</id>", "$1");
        unpublish(slug);

        List<String> errors = errors(broken);
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).contains("missing required element \"id\""), errors.toString());
    }

    /** An article of this test's own, so the feed has an entry whatever other tests left. */
    private static String publishAnArticle() {
        String slug = newSlug("article");
        as("editor").contentType(ContentType.JSON).body(article(slug, "PUBLISHED"))
                .post("/editor/articles").then().statusCode(201);
        return slug;
    }

    /** Other tests count the published articles. */
    private static void unpublish(String slug) {
        as("editor").contentType(ContentType.JSON).header("If-Match", "\"v0\"").body(article(slug, "DRAFT"))
                .put("/editor/articles/" + slug).then().statusCode(200);
    }

    /** What Jing reports against the schema; empty when the document is valid. */
    private static List<String> errors(String xml) {
        String schema = System.getenv("ATOM_SCHEMA");
        assertTrue(schema != null && new File(schema).isFile(),
                "ATOM_SCHEMA names RFC 4287's atom.rnc (.ci/atom-schema.sh fetches it): " + schema);
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal: " + e.getMessage());
            }
        });
        ValidationDriver jing = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            assertTrue(jing.loadSchema(ValidationDriver.fileInputSource(new File(schema))), "the schema loads");
            jing.validate(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return errors;
    }
}
