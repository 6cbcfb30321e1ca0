package com.caringmedical.clinic.sync;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.ContentForms.treatment;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * An app that keeps the content offline asks GET /changes for what happened since its last position: published or
 * changed items to fetch again, and tombstones for what is no longer public under a key. A change becomes visible
 * once no older transaction is still running, which takes a moment at most; the tests wait for it as an app would
 * by asking again.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    ChangeFeed feed;

    @Test
    void publishingRenamingUnpublishingAndDeletingAreReported() {
        String start = position();
        String draft = newSlug("office");
        editor().body(office(draft, "DRAFT")).post("/editor/locations").then().statusCode(201);
        String slug = newSlug("office");
        editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(201);

        List<String> published = waitFor(start, "location/" + slug + " PUBLISHED");
        assertFalse(published.stream().anyMatch(change -> change.contains(draft)), "a draft stays private: " + published);
        JsonPath page = api().queryParam("since", start).get("/changes").then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().jsonPath();
        Map<String, Object> change = page.getMap("changes.find { it.key == '" + slug + "' }");
        assertEquals("/locations/" + slug, change.get("href"));
        Instant.parse((String) change.get("changedAt"));

        String afterPublishing = page.getString("next");
        String renamed = newSlug("office");
        editor().header("If-Match", "\"v0\"").body(office(renamed, "PUBLISHED")).put("/editor/locations/" + slug)
                .then().statusCode(200);
        List<String> renaming = waitFor(afterPublishing, "location/" + renamed + " PUBLISHED");
        assertTrue(renaming.contains("location/" + slug + " REMOVED"), "the old key is a tombstone: " + renaming);

        String afterRenaming = position();
        editor().header("If-Match", "\"v1\"").body(office(renamed, "DRAFT")).put("/editor/locations/" + renamed)
                .then().statusCode(200);
        waitFor(afterRenaming, "location/" + renamed + " REMOVED");

        String gone = newSlug("office");
        editor().body(office(gone, "PUBLISHED")).post("/editor/locations").then().statusCode(201);
        String beforeDeleting = position();
        waitFor(afterRenaming, "location/" + gone + " PUBLISHED");
        as("editor").header("If-Match", "\"v0\"").delete("/editor/locations/" + gone).then().statusCode(204);
        waitFor(beforeDeleting, "location/" + gone + " REMOVED");
    }

    @Test
    void anArticleIsReportedWhenATreatmentItShowsChanges() {
        String treatmentSlug = newSlug("treatment");
        editor().body(treatment(treatmentSlug, "PUBLISHED", 3)).post("/editor/treatments").then().statusCode(201);
        String articleSlug = newSlug("article");
        Map<String, Object> showing = article(articleSlug, "PUBLISHED");
        showing.put("treatments", List.of(treatmentSlug));
        editor().body(showing).post("/editor/articles").then().statusCode(201);
        String start = position();

        Map<String, Object> changed = treatment(treatmentSlug, "PUBLISHED", 3);
        changed.put("summary", "Fine needles placed in tight bands of muscle.");
        editor().header("If-Match", "\"v0\"").body(changed).put("/editor/treatments/" + treatmentSlug)
                .then().statusCode(200);

        List<String> changes = waitFor(start, "treatment/" + treatmentSlug + " PUBLISHED");
        assertTrue(changes.contains("article/" + articleSlug + " PUBLISHED"), "the article shows it: " + changes);

        // Other tests count the published articles and treatment options.
        as("editor").header("If-Match", "\"v0\"").delete("/editor/articles/" + articleSlug).then().statusCode(204);
        as("editor").header("If-Match", "\"v1\"").delete("/editor/treatments/" + treatmentSlug).then().statusCode(204);
    }

    @Test
    void aLongListComesInPagesEachEndingWhereTheNextBegins() {
        String start = position();
        List<String> slugs = List.of(newSlug("office"), newSlug("office"), newSlug("office"));
        slugs.forEach(slug -> editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(201));
        waitFor(start, "location/" + slugs.get(2) + " PUBLISHED");

        List<String> seen = new ArrayList<>();
        String since = start;
        boolean more = true;
        while (more) {
            JsonPath page = api().queryParam("since", since).queryParam("limit", 1).get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("changes.key"));
            more = page.getBoolean("more");
            since = page.getString("next");
        }
        assertTrue(seen.containsAll(slugs), seen.toString());
        assertEquals(slugs, seen.stream().filter(slugs::contains).toList(), "oldest first");
        slugs.forEach(ChangeFeedTest::deleteOffice);
    }

    @Test
    void aPositionBeforeForgottenChangesIsA410AndANewStartWorks() {
        String old = position();
        String slug = newSlug("office");
        editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(201);
        deleteOffice(slug);
        await().atMost(PATIENCE).until(() -> !position().equals(old));

        assertTrue(feed.prune(Instant.now().plus(Duration.ofDays(91))) > 0);

        api().queryParam("since", old).get("/changes")
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:sync-position-expired"));
        api().queryParam("since", position()).get("/changes")
                .then().statusCode(200)
                .body("changes", empty());
    }

    @Test
    void aPositionThisApiDidNotGiveIsA400() {
        api().queryParam("since", "yesterday").get("/changes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
        api().queryParam("limit", 1001).get("/changes")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** Where an app starting now stands. */
    private static String position() {
        return api().get("/changes").then().statusCode(200)
                .body("changes", empty())
                .extract().path("next");
    }

    /** Asks for the changes after {@code since}, as "kind/key CHANGE", until {@code expected} is among them. */
    private static List<String> waitFor(String since, String expected) {
        List<List<String>> last = new ArrayList<>(List.of(List.of()));
        await().atMost(PATIENCE).until(() -> {
            JsonPath page = api().queryParam("since", since).queryParam("limit", 1000).get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<String> changes = new ArrayList<>();
            for (int i = 0; i < page.getList("changes").size(); i++) {
                changes.add(page.getString("changes[" + i + "].kind") + "/" + page.getString("changes[" + i + "].key")
                        + " " + page.getString("changes[" + i + "].change"));
            }
            last.set(0, changes);
            return changes.contains(expected);
        });
        return last.get(0);
    }

    /** Other tests count the published offices. */
    private static void deleteOffice(String slug) {
        as("editor").header("If-Match", "\"v0\"").delete("/editor/locations/" + slug).then().statusCode(204);
    }

    private static RequestSpecification editor() {
        return as("editor").contentType(ContentType.JSON);
    }
}
