package com.caringmedical.clinic.treatment;

import static com.caringmedical.clinic.testing.ContentForms.treatment;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
 * Editors create treatment options as drafts with their evidence, publish, change and delete them; the public
 * API shows published ones only, and every saved change, evidence included, gives them a new ETag.
 */
@QuarkusTest
class TreatmentEditingTest {

    /** Treatments this test made; taken off the public API afterwards, so other tests see the seeded eight. */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void unpublishWhatThisTestCreated() {
        for (String slug : created) {
            if (as("editor").get("/editor/treatments/" + slug).statusCode() == 200) {
                replace(slug, "*", treatment(slug, "DRAFT", 7)).statusCode(200);
            }
        }
    }

    @Test
    void aNewTreatmentIsADraftUntilPublishedAndThenShowsItsEvidence() {
        String slug = newSlug();
        create(treatment(slug, null, 7))
                .statusCode(201)
                .header("ETag", "\"v0\"")
                .body("status", equalTo("DRAFT"))
                .body("evidence[0].referenceId", equalTo(7));
        api().get("/treatments/" + slug).then().statusCode(404);
        api().queryParam("size", 100).get("/treatments").then().body("items.slug", not(hasItem(slug)));

        replace(slug, "\"v0\"", treatment(slug, "PUBLISHED", 7)).statusCode(200).header("ETag", "\"v1\"");
        api().get("/treatments/" + slug)
                .then().statusCode(200)
                .body("name", equalTo("Dry needling"))
                .body("evidence[0].finding", equalTo("In a trial, pain fell by a third."))
                .body("evidence[0].reference.id", equalTo(7));
    }

    @Test
    void changingOnlyTheEvidenceGivesANewVersionAndANewPublicETag() {
        String slug = newSlug();
        create(treatment(slug, "PUBLISHED", 7)).statusCode(201);
        String before = api().get("/treatments/" + slug).then().statusCode(200).extract().header("ETag");
        replace(slug, "\"v0\"", treatment(slug, "PUBLISHED", 3)).statusCode(200).header("ETag", "\"v1\"");
        String after = api().get("/treatments/" + slug)
                .then().statusCode(200)
                .body("evidence.reference.id", contains(3))
                .extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void aTreatmentArticlesDiscussCannotBeUnpublishedOrDeleted() {
        String tag = as("editor").get("/editor/treatments/prolotherapy").then().statusCode(200).extract().header("ETag");
        Map<String, Object> draft = as("editor").get("/editor/treatments/prolotherapy").then().extract().as(Map.class);
        draft.put("status", "DRAFT");
        as("editor").contentType("application/json").header("If-Match", tag).body(draft)
                .put("/editor/treatments/prolotherapy")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:conflict"));
        as("editor").header("If-Match", tag).delete("/editor/treatments/prolotherapy").then().statusCode(409);
        api().get("/treatments/prolotherapy").then().statusCode(200);
    }

    @Test
    void aTreatmentNoArticleDiscussesCanBeDeleted() {
        String slug = newSlug();
        create(treatment(slug, "PUBLISHED", 7)).statusCode(201);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/treatments/" + slug).then().statusCode(204);
        api().get("/treatments/" + slug).then().statusCode(404);
    }

    @Test
    void badTreatmentsAreA400NamingEachField() {
        Map<String, Object> bad = treatment(newSlug(), "DRAFT", 999_999);
        bad.put("typicalCourse", Map.of("description", "Weekly.", "sessionsMin", 6, "sessionsMax", 3));
        create(bad)
                .statusCode(400)
                .body("errors.field", contains("evidence[0].referenceId", "typicalCourse.sessionsMax"));
        Map<String, Object> worse = treatment("Not A Slug", "DRAFT", 7);
        worse.put("category", "MAGIC");
        create(worse).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aTakenSlugIsA409AndAStaleVersionA412() {
        create(treatment("prolotherapy", "DRAFT", 7)).statusCode(409)
                .body("type", equalTo("urn:problem-type:clinic:already-exists"));
        String slug = newSlug();
        create(treatment(slug, "DRAFT", 7)).statusCode(201);
        replace(slug, "\"v0\"", treatment(slug, "DRAFT", 3)).statusCode(200);
        replace(slug, "\"v0\"", treatment(slug, "DRAFT", 7)).statusCode(412);
    }

    private static String newSlug() {
        return "treatment-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ValidatableResponse create(Map<String, Object> treatment) {
        Response response = as("editor").contentType("application/json").body(treatment).post("/editor/treatments");
        if (response.statusCode() == 201) {
            created.add((String) treatment.get("slug"));
        }
        return response.then();
    }

    private static ValidatableResponse replace(String slug, String ifMatch, Map<String, Object> treatment) {
        return as("editor").contentType("application/json").header("If-Match", ifMatch).body(treatment)
                .put("/editor/treatments/" + slug).then();
    }
}
