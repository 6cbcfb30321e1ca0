package com.caringmedical.clinic.redirect;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Old addresses keep working: a front-end asks where an old path's content lives now and gets a 301 to it, or a
 * 404; it can also read every redirect at build time. Renaming content records its old address.
 */
@QuarkusTest
class RedirectResourceTest {

    private static final String SEED = "failed-back-surgery-syndrome-treatment-options";

    private final List<Long> redirects = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();

    @AfterEach
    void deleteWhatThisTestCreated() {
        articles.forEach(slug -> as("editor").header("If-Match", "*").delete("/editor/articles/" + slug));
        redirects.forEach(id -> as("editor").delete("/editor/redirects/" + id));
    }

    @Test
    void anOldAddressLeadsToWhereItsContentLivesNow() {
        add("/2013/04/failed-back-surgery/", "ARTICLE", SEED).statusCode(201)
                .body("path", equalTo("/2013/04/failed-back-surgery"))
                .body("apiPath", equalTo("/articles/" + SEED))
                .body("source", equalTo("EDITOR"));

        lookUp("https://clinic.example/2013/04/failed-back-surgery?utm_source=leaflet").statusCode(301)
                .header("Location", equalTo("/articles/" + SEED))
                .body("kind", equalTo("ARTICLE"))
                .body("slug", equalTo(SEED));
        lookUp("/2013/04/no-such-post/").statusCode(404).contentType("application/problem+json");
        api().get("/redirects").then().statusCode(200).body("items.path", hasItem("/2013/04/failed-back-surgery"));
    }

    @Test
    void renamingAnArticleRecordsItsOldAddressAndLeadsOlderRedirectsOnWithoutAChain() {
        String before = newSlug("article");
        String after = newSlug("article");
        as("editor").contentType("application/json").body(article(before, "PUBLISHED")).post("/editor/articles")
                .then().statusCode(201);
        add("/2019/05/dry-needling/", "ARTICLE", before).statusCode(201);

        as("editor").contentType("application/json").header("If-Match", "\"v0\"").body(article(after, "PUBLISHED"))
                .put("/editor/articles/" + before).then().statusCode(200);
        articles.add(after);

        lookUp("/articles/" + before).statusCode(301).header("Location", equalTo("/articles/" + after))
                .body("source", equalTo("SLUG_CHANGE"));
        lookUp("/2019/05/dry-needling").statusCode(301).header("Location", equalTo("/articles/" + after));
        api().get("/articles/" + after).then().statusCode(200);
        api().queryParam("size", 100).get("/redirects").then()
                .body("items.path", hasItem("/articles/" + before))
                .body("items.slug", not(hasItem(before)));
        List<Integer> recorded = api().queryParam("size", 100).get("/redirects").path("items.findAll { it.slug == '"
                + after + "' }.id");
        recorded.forEach(id -> redirects.add(id.longValue()));
    }

    @Test
    void aRedirectToNothingOrFromATakenPathIsRefused() {
        add("/old/", "TREATMENT", "no-such-treatment").statusCode(400)
                .body("errors[0].field", equalTo("slug"))
                .body("errors[0].message", equalTo("no treatment has the slug 'no-such-treatment'"));
        add("/old/", "OFFICE", "oak-park").statusCode(201);
        add("/old", "AUTHOR", "ross-hauser").statusCode(409);
        add("/old\u0000x", "AUTHOR", "ross-hauser").statusCode(400);
        as("staff").contentType("application/json").body(Map.of("path", "/x", "kind", "OFFICE", "slug", "oak-park"))
                .post("/editor/redirects").then().statusCode(403);
        as("editor").delete("/editor/redirects/999999999").then().statusCode(404);
    }

    private ValidatableResponse add(String path, String kind, String slug) {
        ValidatableResponse response = as("editor").contentType("application/json")
                .body(Map.of("path", path, "kind", kind, "slug", slug)).post("/editor/redirects").then();
        Integer id = response.extract().statusCode() == 201 ? response.extract().path("id") : null;
        if (id != null) {
            redirects.add(id.longValue());
        }
        return response;
    }

    private static ValidatableResponse lookUp(String path) {
        return api().redirects().follow(false).queryParam("path", path).get("/redirects").then();
    }
}
