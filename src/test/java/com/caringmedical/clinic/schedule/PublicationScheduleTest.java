package com.caringmedical.clinic.schedule;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.author;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Editors set when an item goes public and when it stops; a job makes the change at that time through the editing
 * flow (the test profile looks every second), once, and records what it did or why it could not.
 */
@QuarkusTest
class PublicationScheduleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Inject
    Schedules schedules;

    @Test
    void aDraftGoesPublicAtItsTimeAndStopsAtTheOther() {
        String slug = newSlug("office");
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
        Instant publishAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        Instant unpublishAt = publishAt.plusSeconds(3);

        editor().body(times(publishAt, unpublishAt)).put(schedule(slug))
                .then().statusCode(200)
                .body("publishAt", equalTo(publishAt.toString()))
                .body("unpublishAt", equalTo(unpublishAt.toString()))
                .body("changes.state", equalTo(List.of("PENDING", "PENDING")));
        as("editor").get("/editor/schedules").then().statusCode(200).body("items.key", hasItem(slug));
        api().get("/locations/" + slug).then().statusCode(404);

        await().atMost(PATIENCE).until(() -> api().get("/locations/" + slug).statusCode() == 200);
        as("editor").get("/editor/revisions/locations/" + slug)
                .then().body("items[0].editor", equalTo(Schedules.SCHEDULER))
                .body("items[0].status", equalTo("PUBLISHED"));

        await().atMost(PATIENCE).until(() -> api().get("/locations/" + slug).statusCode() == 404);
        as("editor").get(schedule(slug))
                .then().statusCode(200)
                .body("publishAt", nullValue())
                .body("unpublishAt", nullValue())
                .body("changes.state", equalTo(List.of("DONE", "DONE")))
                .body("changes[0].doneAt", notNullValue());
        as("editor").get("/editor/schedules").then().body("items.key", not(hasItem(slug)));
    }

    @Test
    void aChangeTheRulesRefuseAtItsTimeIsMarkedFailedWithTheReason() {
        String writer = newSlug("author");
        editor().body(author(writer, "PUBLISHED")).post("/editor/authors").then().statusCode(201);
        String slug = newSlug("article");
        Map<String, Object> draft = article(slug, "DRAFT");
        draft.put("author", writer);
        editor().body(draft).post("/editor/articles").then().statusCode(201);
        editor().body(times(Instant.now().plusSeconds(2), null)).put("/editor/schedules/articles/" + slug)
                .then().statusCode(200);
        // Meanwhile the author's profile is taken off the site: a published article may not name it.
        editor().header("If-Match", "\"v0\"").body(author(writer, "DRAFT")).put("/editor/authors/" + writer)
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> "FAILED".equals(as("editor").get("/editor/schedules/articles/" + slug)
                .then().extract().path("changes[0].state")));
        as("editor").get("/editor/schedules/articles/" + slug)
                .then().body("changes[0].failure", containsString("author"));
        as("editor").get("/editor/articles/" + slug).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void eachDueChangeIsMadeOnceWhileInstancesRaceForIt() {
        String slug = newSlug("office");
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
        editor().body(times(Instant.now().plusMillis(500), null)).put(schedule(slug)).then().statusCode(200);

        // Three more "instances" run the job for a moment after the due time, besides this one's own job.
        Instant later = Instant.now().plusSeconds(5);
        List<CompletableFuture<Integer>> racers = List.of(
                CompletableFuture.supplyAsync(() -> schedules.runDue(later)),
                CompletableFuture.supplyAsync(() -> schedules.runDue(later)),
                CompletableFuture.supplyAsync(() -> schedules.runDue(later)));
        racers.forEach(CompletableFuture::join);
        await().atMost(PATIENCE).until(() -> api().get("/locations/" + slug).statusCode() == 200);

        List<String> editors = as("editor").get("/editor/revisions/locations/" + slug)
                .then().extract().path("items.editor");
        assertEquals(1, editors.stream().filter(Schedules.SCHEDULER::equals).count(), editors.toString());
        unpublish(slug, "\"v1\"");
    }

    @Test
    void aDeletedItemTakesItsScheduleWithIt() {
        String slug = newSlug("office");
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
        editor().body(times(Instant.now().plus(Duration.ofDays(1)), null)).put(schedule(slug)).then().statusCode(200);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/locations/" + slug).then().statusCode(204);

        as("editor").queryParam("size", 100).get("/editor/schedules").then().body("items.key", not(hasItem(slug)));
    }

    @Test
    void timesMustLieAheadAndInOrder() {
        editor().body(times(Instant.now().minusSeconds(60), null)).put(schedule("oak-park"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        Instant soon = Instant.now().plus(Duration.ofDays(2));
        editor().body(times(soon, soon.minusSeconds(1))).put(schedule("oak-park"))
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void mediaAndUnknownItemsHaveNoSchedule() {
        as("editor").get("/editor/schedules/media/1").then().statusCode(404).contentType("application/problem+json");
        as("editor").get(schedule("no-such-office")).then().statusCode(404).contentType("application/problem+json");
        as("staff").get(schedule("oak-park")).then().statusCode(403);
    }

    private static Map<String, Object> times(Instant publishAt, Instant unpublishAt) {
        Map<String, Object> form = new HashMap<>();
        form.put("publishAt", publishAt == null ? null : publishAt.toString());
        form.put("unpublishAt", unpublishAt == null ? null : unpublishAt.toString());
        return form;
    }

    private static String schedule(String officeSlug) {
        return "/editor/schedules/locations/" + officeSlug;
    }

    /** Other tests count the published offices. */
    private static void unpublish(String slug, String ifMatch) {
        editor().header("If-Match", ifMatch).body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                .then().statusCode(200);
    }

    private static RequestSpecification editor() {
        return as("editor").contentType(ContentType.JSON);
    }
}
