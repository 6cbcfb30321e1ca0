package com.caringmedical.clinic.article;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.article.ArticleEditingTest.newSlug;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.media.MediaUploads;
import com.caringmedical.clinic.media.TestImages;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * An article's body is a list of typed blocks: apps render them, the web may ask for HTML. What an editor writes
 * comes back exactly; what breaks a rule is a 400 naming the field; links keep what they point at in place.
 */
@QuarkusTest
class ArticleBodyTest {

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatThisTestCreated() {
        for (int i = created.size() - 1; i >= 0; i--) {
            String slug = created.get(i);
            as("editor").header("If-Match", "*").delete("/editor/articles/" + slug).then().statusCode(204);
        }
    }

    @Test
    void theSeededArticleAsHtmlShowsAReaderItsSectionsAndNumberedCitations() {
        Response response = api().queryParam("bodyFormat", "html").get("/articles/" + ArticleResourceTest.SEED);
        response.then().statusCode(200).body("body", nullValue());
        Element html = Jsoup.parseBodyFragment(response.path("bodyHtml")).body();

        assertEquals(List.of("When the operation does not end the pain", "An abnormal scan is not a reason to operate",
                "Steroid injections after disc surgery", "Revision surgery", "Spinal cord stimulation",
                "Mindfulness-based stress reduction", "Comprehensive Prolotherapy after failed disc surgery",
                "Radiculopathy: pinched nerve or referred pain?"), html.select("h2").eachText());
        Element steroids = html.getElementById("steroid-injections-after-disc-surgery");
        assertEquals("<p>Researchers in Germany followed 479 patients after microsurgical lumbar disc surgery; 69 of "
                + "them, about 15 percent, kept radicular pain. A transforaminal steroid injection cut the pain by half "
                + "or more in 26.8 percent of those 69, and in 43 percent of the patients who had no recurrent "
                + "herniation<sup class=\"citation\"><a href=\"#reference-4\">[4]</a></sup>.</p>",
                steroids.nextElementSibling().outerHtml());
        Elements citations = html.select("sup.citation > a");
        assertEquals(List.of("[1]", "[3]", "[5]", "[4]", "[6]", "[1]", "[1]", "[2]", "[7]"), citations.eachText());
        assertEquals(citations.eachText().stream().map(n -> "#reference-" + n.replaceAll("\\D", "")).toList(),
                citations.eachAttr("href"));
        assertEquals(0, html.select("script, iframe, [style], [onclick]").size());
    }

    @Test
    void anArticleUsingEveryBlockAndMarkComesBackAsWritten() {
        String slug = newSlug();
        Map<String, Object> article = article(slug, "PUBLISHED");
        long photo = MediaUploads.uploaded(TestImages.jpeg(800, 600));
        List<Map<String, Object>> body = everyBlockAndMark(photo);
        article.put("body", body);
        create(article).statusCode(201).body("body", equalTo(body));
        as("editor").get("/editor/articles/" + slug).then().statusCode(200).body("body", equalTo(body));
        api().get("/articles/" + slug).then().statusCode(200).body("body", equalTo(body));

        Element html = Jsoup.parseBodyFragment(
                api().queryParam("bodyFormat", "HTML").get("/articles/" + slug).path("bodyHtml")).body();
        assertEquals(List.of("h2", "p", "ol", "figure", "figure", "figure", "figure", "aside"),
                html.children().stream().map(Element::tagName).toList());
        assertEquals("/treatments/prolotherapy", html.selectFirst("a[data-kind=treatment]").attr("href"));
        assertEquals(List.of("An ultrasound-guided injection", ""), html.select("figure.image img").eachAttr("alt"));
        assertEquals("Ultrasound shows where the needle goes.", html.selectFirst("figure.image figcaption").text());
        assertEquals("/articles/" + ArticleResourceTest.SEED, html.selectFirst("a[data-kind=article]").attr("href"));
        assertEquals("Ligaments heal slowly[2], so rest alone seldom helps. Call 708-393-8266 or read about Prolotherapy.",
                html.selectFirst("p").text());
    }

    @Test
    void aBodyThatBreaksARuleIsA400NamingEachField() {
        Map<String, Object> article = article(newSlug(), "DRAFT");
        article.put("body", List.of(
                Map.of("type", "heading", "level", 5, "text", "Too deep"),
                Map.of("type", "table", "rows", List.of())));
        create(article).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body[1].type"))
                .body("errors[0].message", containsString("'table' is not a known type: one of "));

        article.put("body", List.of(Map.of("level", 2, "text", "No type")));
        create(article).statusCode(400).body("errors[0].field", equalTo("body[0].type"))
                .body("errors[0].message", containsString("is required"));

        article.put("body", List.of(Map.of("type", "paragraph", "content", List.of(
                Map.of("text", "x", "marks", List.of(Map.of("type", "underline")))))));
        create(article).statusCode(400).body("errors[0].field", equalTo("body[0].content[0].marks[0].type"));

        article.put("body", List.of(
                Map.of("type", "heading", "level", 5, "text", " "),
                paragraph(Map.of("text", "  ")),
                paragraph(Map.of("text", "click", "marks", List.of(Map.of("type", "link", "href", "javascript:alert(1)")))),
                paragraph(Map.of("text", "[3]", "marks", List.of(Map.of("type", "citation", "reference", 3)))),
                Map.of("type", "image", "media", 987_654_321),
                Map.of("type", "video", "provider", "YOUTUBE", "id", "<script>", "title", "x")));
        create(article).statusCode(400)
                .body("errors.field", contains("body[0].level", "body[0].text", "body[5].id"));
        article.put("body", ((List<?>) article.get("body")).subList(1, 5));
        create(article).statusCode(400)
                .body("errors.field", contains("body[0].content", "body[1].content[0].marks[0].href",
                        "body[2].content[0].marks[0].reference", "body[3].alt", "body[3].media"))
                .body("errors[4].message", equalTo("no media item has the id 987654321"))
                .body("errors[2].message", equalTo("cites reference 3, but the page has 2"));
    }

    @Test
    void aLongArticleFitsWhereOtherBodiesWouldNot() {
        Map<String, Object> article = article(newSlug(), "DRAFT");
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            paragraphs.add(paragraph(Map.of("text", "A long paragraph of the archive. ".repeat(15))));
        }
        article.put("body", paragraphs);
        create(article).statusCode(201);

        article.put("slug", newSlug());
        article.put("body", List.of(paragraph(Map.of("text", "Too long. ".repeat(2001)))));
        create(article).statusCode(400).body("errors[0].field", equalTo("body[0].content[0].text"));
    }

    @Test
    void searchFindsWordsInsideListsAndCallouts() {
        String slug = newSlug();
        Map<String, Object> article = article(slug, "PUBLISHED");
        Map<String, Object> item = Map.of("content", List.of(
                Map.of("text", "Zygapophy", "marks", List.of(Map.of("type", "bold"))),
                Map.of("text", "seal joints can hurt")));
        article.put("body", List.of(Map.of("type", "callout", "kind", "KEY_POINTS", "blocks", List.of(
                Map.of("type", "list", "ordered", false, "items", List.of(item))))));
        create(article).statusCode(201);
        api().queryParam("q", "zygapophyseal").get("/search").then().statusCode(200)
                .body("items.slug", hasItem(slug));
    }

    @Test
    void anArticleOrTreatmentThatArticlesLinkToStaysWhileTheyDo() {
        String target = newSlug();
        create(article(target, "PUBLISHED")).statusCode(201);
        String linking = newSlug();
        Map<String, Object> article = article(linking, "PUBLISHED");
        article.put("body", List.of(paragraph(Map.of("text", "See also", "marks", List.of(Map.of("type", "link",
                "to", Map.of("kind", "ARTICLE", "slug", target)))))));
        create(article).statusCode(201);

        Map<String, Object> unpublished = article(target, "DRAFT");
        as("editor").contentType("application/json").header("If-Match", "*").body(unpublished)
                .put("/editor/articles/" + target).then().statusCode(409)
                .body("detail", equalTo("1 other article(s) link to this one, so it cannot be unpublished while they do."));
        as("editor").header("If-Match", "*").delete("/editor/articles/" + target).then().statusCode(409);

        Map<String, Object> toDraft = article(newSlug(), "PUBLISHED");
        toDraft.put("body", List.of(paragraph(Map.of("text", "See", "marks", List.of(Map.of("type", "link",
                "to", Map.of("kind", "ARTICLE", "slug", "no-such-article")))))));
        create(toDraft).statusCode(400).body("errors[0].field", equalTo("body[0].content[0].marks[0].to"))
                .body("errors[0].message", equalTo("no published article has the slug 'no-such-article'"));
    }

    /** A heading, a paragraph with every mark, a nested list, a quote, two images, a video and a callout. */
    private static List<Map<String, Object>> everyBlockAndMark(long photo) {
        return List.of(
                Map.of("type", "heading", "level", 2, "text", "Why rest is not enough"),
                paragraph(Map.of("text", "Ligaments", "marks", List.of(Map.of("type", "bold"), Map.of("type", "italic"))),
                        Map.of("text", " heal slowly"),
                        Map.of("text", "[2]", "marks", List.of(Map.of("type", "citation", "reference", 2))),
                        Map.of("text", ", so rest alone seldom helps. Call "),
                        Map.of("text", "708-393-8266", "marks", List.of(Map.of("type", "link", "href", "tel:+17083938266"))),
                        Map.of("text", " or read about "),
                        Map.of("text", "Prolotherapy", "marks", List.of(Map.of("type", "link",
                                "to", Map.of("kind", "TREATMENT", "slug", "prolotherapy")))),
                        Map.of("text", ".")),
                Map.of("type", "list", "ordered", true, "items", List.of(
                        Map.of("content", List.of(Map.of("text", "Examination")), "list", Map.of("ordered", false,
                                "items", List.of(Map.of("content", List.of(Map.of("text", "of the whole spine")))))),
                        Map.of("content", List.of(Map.of("text", "Treatment plan", "marks", List.of(Map.of("type", "link",
                                "to", Map.of("kind", "ARTICLE", "slug", ArticleResourceTest.SEED)))))))),
                Map.of("type", "quote", "content", List.of(Map.of("text", "I could sit through a film again.")),
                        "attribution", "A patient"),
                Map.of("type", "image", "media", (int) photo, "alt", "An ultrasound-guided injection", "caption",
                        List.of(Map.of("text", "Ultrasound", "marks", List.of(Map.of("type", "italic"))),
                                Map.of("text", " shows where the needle goes."))),
                Map.of("type", "image", "media", (int) photo, "decorative", true),
                Map.of("type", "video", "provider", "YOUTUBE", "id", "Xy-12_ab", "title", "How a session goes"),
                Map.of("type", "callout", "kind", "DISCLAIMER", "title", "Medical disclaimer", "blocks", List.of(
                        paragraph(Map.of("text", "This page does not replace a visit to your doctor. Write to "),
                                Map.of("text", "the clinic", "marks", List.of(Map.of("type", "link",
                                        "href", "mailto:questions@clinic.example"))),
                                Map.of("text", ".")))));
    }

    @SafeVarargs
    private static Map<String, Object> paragraph(Map<String, Object>... runs) {
        return Map.of("type", "paragraph", "content", List.of(runs));
    }

    private ValidatableResponse create(Map<String, Object> article) {
        Response response = as("editor").contentType("application/json").body(article).post("/editor/articles");
        if (response.statusCode() == 201) {
            created.add((String) article.get("slug"));
        }
        return response.then().log().ifValidationFails();
    }
}
