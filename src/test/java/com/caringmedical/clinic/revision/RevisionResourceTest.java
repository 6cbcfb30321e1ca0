package com.caringmedical.clinic.revision;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.author;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every save through the editor endpoints is a revision of its item. Editors list an item's revisions, read one,
 * compare two, and bring an earlier one back; a restore is itself a new revision.
 */
@QuarkusTest
class RevisionResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everySaveIsARevisionAndAnEarlierOneComesBack() {
        String slug = newSlug("office");
        save("/editor/locations", office(slug, "PUBLISHED")).statusCode(201);
        Map<String, Object> moved = office(slug, "PUBLISHED");
        moved.put("phone", "+16305550199");
        replace("/editor/locations/" + slug, "\"v0\"", moved).statusCode(200);

        as("editor").get(revisions("locations", slug))
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.number", contains(2, 1))
                .body("items.action", contains("changed", "created"))
                .body("items.editor", contains("editor", "editor"))
                .body("items.version", contains(1, 0))
                .body("items.status", contains("PUBLISHED", "PUBLISHED"));
        as("editor").get(revisions("locations", slug) + "/1")
                .then().statusCode(200)
                .body("revision.number", equalTo(1))
                .body("form.slug", equalTo(slug))
                .body("form.phone", equalTo("+16305550100"));
        as("editor").get(revisions("locations", slug) + "/2/diff")
                .then().statusCode(200)
                .body("from.number", equalTo(1))
                .body("to.number", equalTo(2))
                .body("changes.op", contains("replace"))
                .body("changes.path", contains("/phone"))
                .body("changes.value", contains("+16305550199"))
                .body("changes.fromValue", contains("+16305550100"));

        as("editor").header("If-Match", "\"v1\"").post(revisions("locations", slug) + "/1/restore")
                .then().statusCode(200)
                .header("ETag", "\"v2\"")
                .body("phone", equalTo("+16305550100"));
        api().get("/locations/" + slug).then().statusCode(200).body("phone", equalTo("+16305550100"));
        as("editor").get(revisions("locations", slug))
                .then().body("items[0].number", equalTo(3))
                .body("items[0].action", equalTo("restored"))
                .body("items[0].restoredFrom", equalTo(1));
        as("editor").queryParam("from", 1).get(revisions("locations", slug) + "/3/diff")
                .then().statusCode(200)
                .body("changes", empty());
        unpublish("/editor/locations/" + slug, "\"v2\"", office(slug, "DRAFT"));
    }

    @Test
    void contentFromBeforeRevisionsStartsWithItsStateAsFound() {
        String seeded = "fort-myers";
        Map<String, Object> original = as("editor").get("/editor/locations/" + seeded)
                .then().statusCode(200).extract().as(Map.class);
        String tag = as("editor").get("/editor/locations/" + seeded).then().extract().header("ETag");
        Map<String, Object> changed = new java.util.HashMap<>(original);
        changed.put("phone", "+12395550123");
        String changedTag = replace("/editor/locations/" + seeded, tag, changed).statusCode(200)
                .extract().header("ETag");

        as("editor").get(revisions("locations", seeded))
                .then().statusCode(200)
                .body("items.action", contains("changed", "baseline"))
                .body("items[1].editor", nullValue())
                .body("items[1].number", equalTo(1));
        as("editor").get(revisions("locations", seeded) + "/1")
                .then().body("form.phone", equalTo(original.get("phone")));

        as("editor").header("If-Match", changedTag).post(revisions("locations", seeded) + "/1/restore")
                .then().statusCode(200)
                .body("phone", equalTo(original.get("phone")));
        api().get("/locations/" + seeded).then().statusCode(200).body("phone", equalTo(original.get("phone")));
    }

    @Test
    void theBaselineIsTheItemAsItWasBeforeItsFirstRecordedChange() {
        String slug = newSlug("office");
        save("/editor/locations", office(slug, "DRAFT")).statusCode(201);
        // As if the office were older than revisions: its history is empty.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from revision where kind = 'locations' and item_key = :slug")
                .setParameter("slug", slug).executeUpdate());
        String renamed = newSlug("office");
        replace("/editor/locations/" + slug, "\"v0\"", office(renamed, "PUBLISHED")).statusCode(200);

        as("editor").get(revisions("locations", renamed))
                .then().statusCode(200)
                .body("items.action", contains("changed", "baseline"))
                .body("items.key", contains(renamed, slug))
                .body("items.status", contains("PUBLISHED", "DRAFT"))
                .body("items.version", contains(1, 0));
        as("editor").get(revisions("locations", renamed) + "/1").then().body("form.slug", equalTo(slug));
        unpublish("/editor/locations/" + renamed, "\"v1\"", office(renamed, "DRAFT"));
    }

    @Test
    void revisionsFollowAnItemThroughASlugChange() {
        String slug = newSlug("office");
        String renamed = newSlug("office");
        save("/editor/locations", office(slug, "DRAFT")).statusCode(201);
        replace("/editor/locations/" + slug, "\"v0\"", office(renamed, "DRAFT")).statusCode(200);

        as("editor").get(revisions("locations", renamed))
                .then().statusCode(200)
                .body("items.key", contains(renamed, slug));
        as("editor").get(revisions("locations", slug))
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRestoreTakesTheCurrentETagLikeAnyChange() {
        String slug = newSlug("office");
        save("/editor/locations", office(slug, "DRAFT")).statusCode(201);
        replace("/editor/locations/" + slug, "\"v0\"", office(slug, "DRAFT")).statusCode(200);

        as("editor").post(revisions("locations", slug) + "/1/restore")
                .then().statusCode(428)
                .contentType("application/problem+json");
        as("editor").header("If-Match", "\"v0\"").post(revisions("locations", slug) + "/1/restore")
                .then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void aRevisionThatNoLongerFitsIsA409NamingWhy() {
        String writer = newSlug("author");
        save("/editor/authors", author(writer, "PUBLISHED")).statusCode(201);
        String slug = newSlug("article");
        Map<String, Object> byNewAuthor = article(slug, "DRAFT");
        byNewAuthor.put("author", writer);
        save("/editor/articles", byNewAuthor).statusCode(201);
        replace("/editor/articles/" + slug, "\"v0\"", article(slug, "DRAFT")).statusCode(200);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/authors/" + writer).then().statusCode(204);

        as("editor").header("If-Match", "\"v1\"").post(revisions("articles", slug) + "/1/restore")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:conflict"))
                .body("errors.field", hasItem("author"));
        as("editor").get("/editor/articles/" + slug).then().header("ETag", "\"v1\"");
    }

    @Test
    void anItemKeepsItsNewestRevisionsOnly() {
        String slug = newSlug("office");
        save("/editor/locations", office(slug, "DRAFT")).statusCode(201);
        for (int version = 0; version < 20; version++) {
            Map<String, Object> office = office(slug, "DRAFT");
            office.put("phone", "+163055502" + String.format("%02d", version));
            replace("/editor/locations/" + slug, "\"v" + version + "\"", office).statusCode(200);
        }

        // 21 saves; the test profile keeps 20 revisions per item (clinic.revisions.keep-per-item).
        as("editor").queryParam("size", 100).get(revisions("locations", slug))
                .then().statusCode(200)
                .body("totalItems", equalTo(20))
                .body("items[0].number", equalTo(21))
                .body("items[19].number", equalTo(2));
        as("editor").get(revisions("locations", slug) + "/1").then().statusCode(404);
    }

    @Test
    void unknownKindsItemsAndRevisionsAre404s() {
        as("editor").get(revisions("pages", "about")).then().statusCode(404)
                .contentType("application/problem+json");
        as("editor").get(revisions("locations", "no-such-office")).then().statusCode(404)
                .contentType("application/problem+json");
        as("editor").get(revisions("references", "not-a-number")).then().statusCode(404)
                .contentType("application/problem+json");
        as("editor").get(revisions("locations", "oak-park") + "/999").then().statusCode(404)
                .contentType("application/problem+json");
        as("editor").get(revisions("locations", "oak-park") + "/0").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyEditorsReadHistory() {
        as("staff").get(revisions("locations", "oak-park")).then().statusCode(403)
                .contentType("application/problem+json");
    }

    private static String revisions(String kind, String key) {
        return "/editor/revisions/" + kind + "/" + key;
    }

    private static ValidatableResponse save(String path, Map<String, Object> form) {
        return as("editor").contentType(ContentType.JSON).body(form).post(path).then();
    }

    private static ValidatableResponse replace(String path, String ifMatch, Map<String, Object> form) {
        return as("editor").contentType(ContentType.JSON).header("If-Match", ifMatch).body(form).put(path).then();
    }

    /** Takes a published office this test made off the public list again, so other tests see the seeded two. */
    private static void unpublish(String path, String ifMatch, Map<String, Object> draft) {
        replace(path, ifMatch, draft).statusCode(200);
    }
}
