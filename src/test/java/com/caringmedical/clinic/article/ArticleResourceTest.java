package com.caringmedical.clinic.article;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleResourceTest {

    static final String SEED = "failed-back-surgery-syndrome-treatment-options";

    @Test
    void listsArticleSummariesInThePagingEnvelope() {
        api().get("/articles")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(1))
                .body("totalPages", equalTo(1))
                .body("items[0].slug", equalTo(SEED))
                .body("items[0].author.name", equalTo("Ross Hauser"))
                .body("items[0].author.credentials", equalTo("MD"))
                .body("items[0].topics", hasItem("failed-back-surgery-syndrome"))
                .body("items[0].publishedAt", equalTo("2013-04-15T12:00:00Z"));
    }

    @Test
    void filtersByTopicAndByDiscussedTreatment() {
        api().queryParam("topic", "radiculopathy").queryParam("treatment", "prolotherapy").get("/articles")
                .then().statusCode(200).body("items.slug", contains(SEED));
        api().queryParam("topic", "knee-pain").get("/articles")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));
        api().queryParam("treatment", "acupuncture").get("/articles")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void rejectsAFilterThatIsNotASlug() {
        api().queryParam("topic", "Low Back").get("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("topic"))
                .body("errors[0].message", containsString("must be a slug"));
    }

    @Test
    void detailEmbedsEverythingNeededToRenderTheArticle() {
        api().get("/articles/" + SEED)
                .then().statusCode(200)
                .body("title", equalTo("Treatment options when back surgery has failed"))
                .body("keyPoints", hasSize(5))
                .body("body", hasSize(28))
                .body("body.findAll { it.type == 'heading' }.text", hasSize(8))
                .body("body[8]", equalTo(Map.of("type", "heading", "level", 2,
                        "text", "Steroid injections after disc surgery")))
                .body("body[9].type", equalTo("paragraph"))
                .body("body[9].content[0].text", containsString("26.8 percent"))
                .body("body[9].content[1]", equalTo(Map.of("text", "[4]",
                        "marks", List.of(Map.of("type", "citation", "reference", 4)))))
                .body("body[9].content[2].text", equalTo("."))
                .body("bodyHtml", nullValue());
    }

    @Test
    void detailNumbersReferencesInCitationOrder() {
        api().get("/articles/" + SEED)
                .then().statusCode(200)
                .body("references.number", contains(1, 2, 3, 4, 5, 6, 7))
                .body("references.collect { it.reference.authors[0].family }",
                        contains("Hussain", "Jeon", "Lebow", "Klessinger", "Weiner", "Lakkol", "Cramer"))
                .body("references[3].reference.doi", equalTo("10.1111/j.1526-4637.2012.01463.x"))
                .body("references[6].reference.citation.text", containsString("BMC Complement Altern Med. 2012"));
    }

    @Test
    void detailEmbedsTheTreatmentOptionsItDiscusses() {
        api().get("/articles/" + SEED)
                .then().statusCode(200)
                .body("treatments.slug", contains("prolotherapy", "platelet-rich-plasma", "stem-cell-therapy",
                        "transforaminal-steroid-injection", "spinal-cord-stimulation", "revision-surgery", "discectomy",
                        "mindfulness-based-stress-reduction"))
                .body("treatments[0].name", equalTo("Comprehensive Prolotherapy"))
                .body("treatments[0].summary", notNullValue());
    }

    @Test
    void unknownSlugIsA404Problem() {
        api().get("/articles/no-such-article")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No article 'no-such-article' exists."));
    }
}
