package com.caringmedical.clinic.search;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Readers search the published articles, treatment options and references in one place: English full-text
 * search, ranked with titles first, with highlighted passages, paged like every list, forgiving of misspellings,
 * and current the moment an editor saves.
 */
@QuarkusTest
class SearchResourceTest {

    @Test
    void steroidInjectionRanksTheMatchingTreatmentFirst() {
        api().queryParam("q", "steroid injection").get("/search")
                .then().statusCode(200)
                .body("query", equalTo("steroid injection"))
                .body("totalItems", equalTo(3))
                .body("items.type", contains("treatment", "article", "reference"))
                .body("items[0].slug", equalTo("transforaminal-steroid-injection"))
                .body("items[0].path", equalTo("/treatments/transforaminal-steroid-injection"))
                .body("items[0].title", equalTo("Transforaminal steroid injection (nerve block)"))
                .body("items[0].titleHtml",
                        equalTo("Transforaminal <mark>steroid</mark> <mark>injection</mark> (nerve block)"))
                .body("items[1].slug", equalTo("failed-back-surgery-syndrome-treatment-options"))
                .body("items[2].id", equalTo(4))
                .body("items[2].path", equalTo("/references/4"))
                .body("$", not(hasKey("didYouMean")));
    }

    @Test
    void passagesShowTheMatchesAsTextAndHighlightedHtml() {
        api().queryParam("q", "steroid injection").queryParam("type", "treatment").get("/search")
                .then().statusCode(200)
                .body("items[0].snippet", containsString("A transforaminal steroid injection cut their pain"))
                .body("items[0].snippet", not(containsString("<mark>")))
                .body("items[0].snippetHtml",
                        containsString("A transforaminal <mark>steroid</mark> <mark>injection</mark> cut their pain"));
    }

    @Test
    void wordsMatchTheirOtherFormsAndQuotedPhrasesMatchAsPhrases() {
        api().queryParam("q", "injections").queryParam("type", "treatment").get("/search")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("transforaminal-steroid-injection"));
        api().queryParam("q", "\"spinal cord stimulation\"").queryParam("type", "treatment").get("/search")
                .then().statusCode(200)
                .body("items.slug", contains("spinal-cord-stimulation", "prolotherapy"));
    }

    @Test
    void theTypeFilterKeepsTheKindsAsked() {
        api().queryParam("q", "steroid injection").queryParam("type", "reference").get("/search")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains(4));
        api().queryParam("q", "steroid injection").queryParam("type", "article").queryParam("type", "TREATMENT")
                .get("/search")
                .then().statusCode(200)
                .body("items.type", contains("treatment", "article"));
    }

    @Test
    void resultsArePagedWithTheUsualEnvelopeAndLinks() {
        api().queryParam("q", "steroid injection").queryParam("size", 1).queryParam("page", 2).get("/search")
                .then().statusCode(200)
                .body("page", equalTo(2))
                .body("size", equalTo(1))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(3))
                .body("items.type", contains("article"))
                .header("Link", containsString("page=3>; rel=\"next\""));
        api().queryParam("q", "steroid injection").queryParam("page", 9).get("/search")
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(3));
    }

    @Test
    void aMisspelledQueryFindsTheCloseSpellingAndSaysSo() {
        api().queryParam("q", "steriod injecton").get("/search")
                .then().statusCode(200)
                .body("query", equalTo("steriod injecton"))
                .body("didYouMean", equalTo("steroid injection"))
                .body("items[0].slug", equalTo("transforaminal-steroid-injection"));
        api().queryParam("q", "prolotheraphy").queryParam("type", "treatment").get("/search")
                .then().statusCode(200)
                .body("didYouMean", equalTo("prolotherapy"))
                .body("items[0].slug", equalTo("prolotherapy"));
    }

    @Test
    void aQueryNothingResemblesFindsNothing() {
        api().queryParam("q", "xylophone").get("/search")
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0))
                .body("$", not(hasKey("didYouMean")));
    }

    @Test
    void blankMissingOrOverlongQueriesAreA400Problem() {
        api().queryParam("q", "   ").get("/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("must not be blank"));
        api().get("/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        api().queryParam("q", "a".repeat(201)).get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("must be at most 200 characters"));
        api().queryParam("q", "pain").queryParam("type", "video").get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("must be one of article, treatment, reference"));
    }

    @Test
    void theIndexFollowsEditorsAtOnceAndNeverShowsDrafts() {
        String slug = "treatment-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> treatment = treatment(slug, "Zygapophysial joint block", "DRAFT");
        as("editor").contentType("application/json").body(treatment).post("/editor/treatments").then().statusCode(201);
        try {
            search("zygapophysial").body("totalItems", equalTo(0));

            treatment.put("status", "PUBLISHED");
            replace(slug, "\"v0\"", treatment);
            search("zygapophysial")
                    .body("items.slug", contains(slug))
                    // The passage is text: markup in the content never reaches it, and & is escaped.
                    .body("items[0].snippetHtml", containsString("facet  pain &amp; stiffness"))
                    .body("items[0].snippetHtml", not(containsString("<b>")));

            treatment.put("name", "Facet rhizotomy");
            replace(slug, "\"v1\"", treatment);
            search("rhizotomy").body("items.slug", contains(slug));
            search("zygapophysial").body("items.slug", everyItem(not(equalTo(slug))));

            treatment.put("status", "DRAFT");
            replace(slug, "\"v2\"", treatment);
            search("rhizotomy").body("totalItems", equalTo(0));
        } finally {
            as("editor").header("If-Match", "*").delete("/editor/treatments/" + slug);
        }
    }

    private static ValidatableResponse search(String q) {
        return api().queryParam("q", q).get("/search").then().statusCode(200);
    }

    private static void replace(String slug, String ifMatch, Map<String, Object> treatment) {
        as("editor").contentType("application/json").header("If-Match", ifMatch).body(treatment)
                .put("/editor/treatments/" + slug).then().statusCode(200);
    }

    private static Map<String, Object> treatment(String slug, String name, String status) {
        Map<String, Object> treatment = new HashMap<>();
        treatment.put("slug", slug);
        treatment.put("name", name);
        treatment.put("summary", "Numbs the nerves of one spinal joint to ease <b>facet</b> pain & stiffness.");
        treatment.put("description", "A local anaesthetic is placed at the joint under imaging.");
        treatment.put("category", "INTERVENTIONAL");
        treatment.put("invasiveness", "MINIMALLY_INVASIVE");
        treatment.put("evidence", List.of(Map.of("finding", "Pain eased for weeks.", "referenceId", 4)));
        treatment.put("status", status);
        return treatment;
    }
}
