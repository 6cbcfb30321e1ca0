package com.caringmedical.clinic.location;

import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
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
 * Editors create offices as drafts, publish them, change and delete them. The public API shows published
 * offices only, and a change is public, with a new ETag, as soon as it is saved.
 */
@QuarkusTest
class LocationEditingTest {

    /** Offices this test made; taken off the public API afterwards, so other tests see the two seeded ones. */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void unpublishWhatThisTestCreated() {
        for (String slug : created) {
            if (as("editor").get("/editor/locations/" + slug).statusCode() == 200) {
                replace(slug, "*", office(slug, "DRAFT")).statusCode(200);
            }
        }
    }

    @Test
    void aNewOfficeIsADraftUntilPublished() {
        String slug = newSlug();
        create(office(slug, null))
                .statusCode(201)
                .header("Location", endsWith("/editor/locations/" + slug))
                .header("ETag", "\"v0\"")
                .body("status", equalTo("DRAFT"))
                .body("address.city", equalTo("Naperville"))
                .body("openingHours[0].days", contains("MONDAY", "TUESDAY"));
        api().get("/locations/" + slug).then().statusCode(404);
        api().queryParam("size", 100).get("/locations").then().body("items.slug", not(hasItem(slug)));
        as("editor").get("/editor/locations/" + slug)
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("status", equalTo("DRAFT"));

        Map<String, Object> published = office(slug, "PUBLISHED");
        replace(slug, "\"v0\"", published).statusCode(200).header("ETag", "\"v1\"").body("status", equalTo("PUBLISHED"));
        api().get("/locations/" + slug)
                .then().statusCode(200)
                .body("name", equalTo("Naperville office"))
                .body("$", not(hasKey("status")));
    }

    @Test
    void aChangeIsPublicAtOnceWithANewETag() {
        String slug = newSlug();
        create(office(slug, "PUBLISHED")).statusCode(201);
        String before = api().get("/locations/" + slug).then().statusCode(200).extract().header("ETag");

        Map<String, Object> changed = office(slug, "PUBLISHED");
        changed.put("phone", "+16305550199");
        replace(slug, "\"v0\"", changed).statusCode(200);

        String after = api().header("If-None-Match", before).get("/locations/" + slug)
                .then().statusCode(200)
                .body("phone", equalTo("+16305550199"))
                .extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void unpublishingTakesAnOfficeOffTheQuestionForm() {
        String slug = newSlug();
        create(office(slug, "PUBLISHED")).statusCode(201);
        replace(slug, "\"v0\"", office(slug, "DRAFT")).statusCode(200);
        Map<String, Object> form = solvedForm();
        form.put("location", slug);
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("location"));
    }

    @Test
    void aTakenSlugIsA409() {
        create(office("oak-park", "DRAFT"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:already-exists"));
        String slug = newSlug();
        create(office(slug, "DRAFT")).statusCode(201);
        replace(slug, "\"v0\"", office("fort-myers", "DRAFT")).statusCode(409);
    }

    @Test
    void changesNeedTheCurrentVersion() {
        String slug = newSlug();
        create(office(slug, "DRAFT")).statusCode(201);
        replace(slug, "\"v0\"", office(slug, "PUBLISHED")).statusCode(200);
        replace(slug, "\"v0\"", office(slug, "DRAFT"))
                .statusCode(412)
                .body("type", equalTo("urn:problem-type:clinic:precondition-failed"));
        as("editor").contentType("application/json").body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                .then().statusCode(428);
    }

    @Test
    void badOfficesAreA400NamingEachField() {
        Map<String, Object> bad = office(newSlug(), "DRAFT");
        bad.put("slug", "Not A Slug");
        bad.put("phone", "708-555-0100");
        bad.put("timeZone", "Mars/Olympus");
        bad.put("openingHours", List.of(Map.of("days", List.of("MONDAY"), "opens", "17:00", "closes", "08:00")));
        create(bad)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("phone", "slug"));
        Map<String, Object> wrongHours = office(newSlug(), "DRAFT");
        wrongHours.put("timeZone", "Mars/Olympus");
        wrongHours.put("openingHours", List.of(Map.of("days", List.of("MONDAY"), "opens", "17:00", "closes", "08:00")));
        create(wrongHours)
                .statusCode(400)
                .body("errors.field", contains("timeZone", "openingHours[0].closes"));
    }

    @Test
    void anOfficeNoQuestionNamesCanBeDeletedOthersCannot() {
        String slug = newSlug();
        create(office(slug, "DRAFT")).statusCode(201);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/locations/" + slug).then().statusCode(204);
        as("editor").get("/editor/locations/" + slug).then().statusCode(404);

        String named = newSlug();
        create(office(named, "PUBLISHED")).statusCode(201);
        Map<String, Object> form = solvedForm();
        form.put("location", named);
        UUID question = submit(form);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/locations/" + named)
                .then().statusCode(409)
                .body("type", equalTo("urn:problem-type:clinic:conflict"));
        as("staff").get("/questions/" + question).then().body("location", equalTo(named));
    }

    @Test
    void editorsSeeDraftsInTheirList() {
        String slug = newSlug();
        create(office(slug, "DRAFT")).statusCode(201);
        as("editor").queryParam("size", 100).get("/editor/locations")
                .then().statusCode(200)
                .body("items.slug", hasItem(slug))
                .body("items.find { it.slug == 'oak-park' }.status", equalTo("PUBLISHED"));
    }

    private static String newSlug() {
        return "office-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ValidatableResponse create(Map<String, Object> office) {
        Response response = as("editor").contentType("application/json").body(office).post("/editor/locations");
        if (response.statusCode() == 201) {
            created.add((String) office.get("slug"));
        }
        return response.then();
    }

    private static ValidatableResponse replace(String slug, String ifMatch, Map<String, Object> office) {
        return as("editor").contentType("application/json").header("If-Match", ifMatch).body(office)
                .put("/editor/locations/" + slug).then();
    }
}
