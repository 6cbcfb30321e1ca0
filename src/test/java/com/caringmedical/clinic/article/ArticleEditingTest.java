package com.caringmedical.clinic.article;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Editors write articles as drafts and publish them; the public API shows published articles only, numbered
 * citations in the order the editor gave, and every saved change at once.
 */
@QuarkusTest
class ArticleEditingTest {

    /** Articles and treatments this test made; deleted afterwards, so other tests see the seeded content alone. */
    private final List<String> created = new ArrayList<>();
    private final List<String> createdTreatments = new ArrayList<>();

    @AfterEach
    void deleteWhatThisTestCreated() {
        for (String slug : created) {
            as("editor").header("If-Match", "*").delete("/editor/articles/" + slug).then().statusCode(204);
        }
        for (String slug : createdTreatments) {
            as("editor").header("If-Match", "*").delete("/editor/treatments/" + slug).then().statusCode(204);
        }
    }

    @Test
    void aNewArticleIsADraftUntilPublishedAndThenReadsAsWritten() {
        String slug = newSlug();
        create(article(slug, null))
                .statusCode(201)
                .header("ETag", "\"v0\"")
                .body("status", equalTo("DRAFT"))
                .body("references", contains(7, 3))
                .body("treatments", contains("prolotherapy"));
        api().get("/articles/" + slug).then().statusCode(404);
        api().queryParam("size", 100).get("/articles").then().body("items.slug", not(hasItem(slug)));

        replace(slug, "\"v0\"", article(slug, "PUBLISHED")).statusCode(200).header("ETag", "\"v1\"");
        api().get("/articles/" + slug)
                .then().statusCode(200)
                .body("title", equalTo("What is dry needling?"))
                .body("body[0].text", equalTo("How it works"))
                .body("body[1].content.text", contains("Fine needles go into tight bands of muscle", "[1]", "."))
                .body("body[1].content[1].marks[0].reference", equalTo(1))
                .body("references.number", contains(1, 2))
                .body("references.reference.id", contains(7, 3))
                .body("treatments.slug", contains("prolotherapy"))
                .body("publishedAt", notNullValue());
    }

    @Test
    void aChangeIsPublicAtOnceAndKeepsTheFirstPublicationDate() {
        String slug = newSlug();
        create(article(slug, "PUBLISHED")).statusCode(201);
        Response first = api().get("/articles/" + slug);
        Map<String, Object> changed = article(slug, "PUBLISHED");
        changed.put("title", "Dry needling, explained");
        replace(slug, "\"v0\"", changed).statusCode(200);

        Response second = api().get("/articles/" + slug);
        assertEquals("Dry needling, explained", second.path("title"));
        assertNotEquals(first.header("ETag"), second.header("ETag"));
        assertEquals((String) first.path("publishedAt"), second.path("publishedAt"));
        assertNotEquals((String) first.path("updatedAt"), second.path("updatedAt"));
    }

    @Test
    void aPublishedArticleMayNameOnlyPublishedTreatmentsAndExistingReferences() {
        String draftTreatment = "draft-treatment-" + UUID.randomUUID().toString().substring(0, 8);
        as("editor").contentType("application/json").body(Map.of("slug", draftTreatment, "name", "Cupping",
                "summary", "Suction cups on the skin.", "description", "Cups draw the skin up.",
                "category", "INTERVENTIONAL", "invasiveness", "NON_INVASIVE", "evidence", List.of()))
                .post("/editor/treatments").then().statusCode(201);
        createdTreatments.add(draftTreatment);
        Map<String, Object> naming = article(newSlug(), "PUBLISHED");
        naming.put("treatments", List.of(draftTreatment));
        naming.put("references", List.of(7, 999_999, 7));
        create(naming)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("references[1]", "references[2]", "treatments[0]"))
                .body("errors[2].message", equalTo("no published treatment has the slug '" + draftTreatment + "'"));
        naming.put("status", "DRAFT");
        naming.put("references", List.of(7));
        create(naming).statusCode(201);
    }

    @Test
    void aTakenSlugIsA409AndAStaleVersionA412() {
        create(article("failed-back-surgery-syndrome-treatment-options", "DRAFT"))
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:clinic:already-exists"));
        String slug = newSlug();
        create(article(slug, "DRAFT")).statusCode(201);
        replace(slug, "\"v0\"", article(slug, "DRAFT")).statusCode(200);
        replace(slug, "\"v0\"", article(slug, "DRAFT")).statusCode(412);
    }

    @Test
    void anArticleCanBeDeletedAndThenNoLongerExists() {
        String slug = newSlug();
        create(article(slug, "PUBLISHED")).statusCode(201);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/articles/" + slug).then().statusCode(204);
        created.remove(slug);
        api().get("/articles/" + slug).then().statusCode(404);
        as("editor").get("/editor/articles/" + slug).then().statusCode(404);
        api().get("/treatments/prolotherapy").then().statusCode(200);
    }

    @Test
    void anArticleWithoutABodyIsA400() {
        Map<String, Object> empty = article(newSlug(), "DRAFT");
        empty.put("body", List.of());
        create(empty).statusCode(400).body("errors[0].field", equalTo("body"));
    }

    static String newSlug() {
        return "article-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ValidatableResponse create(Map<String, Object> article) {
        Response response = as("editor").contentType("application/json").body(article).post("/editor/articles");
        if (response.statusCode() == 201) {
            created.add((String) article.get("slug"));
        }
        return response.then();
    }

    private static ValidatableResponse replace(String slug, String ifMatch, Map<String, Object> article) {
        return as("editor").contentType("application/json").header("If-Match", ifMatch).body(article)
                .put("/editor/articles/" + slug).then();
    }
}
