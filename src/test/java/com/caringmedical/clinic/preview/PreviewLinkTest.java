package com.caringmedical.clinic.preview;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An editor makes a link that shows a draft as the public API will show it, to whoever holds the link, without
 * credentials; links expire, can be revoked, and never reach a cache.
 */
@QuarkusTest
class PreviewLinkTest {

    @Test
    void aDraftArticleIsReadThroughItsLinkWithoutCredentialsAndStaysOffThePublicApi() {
        String slug = newSlug("article");
        Map<String, Object> draft = article(slug, "DRAFT");
        editor().body(draft).post("/editor/articles").then().statusCode(201);
        api().get("/articles/" + slug).then().statusCode(404);

        String href = as("editor").post("/editor/previews/articles/" + slug)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/previews/pv_[A-Za-z0-9_-]{43}"))
                .body("link.kind", equalTo("articles"))
                .body("link.key", equalTo(slug))
                .body("link.state", equalTo("ACTIVE"))
                .body("link.createdBy", equalTo("editor"))
                .extract().path("href");

        api().get(href).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", containsString("noindex"))
                .header("Referrer-Policy", "no-referrer")
                .body("slug", equalTo(slug))
                .body("title", equalTo(draft.get("title")))
                .body("body", notNullValue());
        api().get(href + "?bodyFormat=html").then().statusCode(200).body("bodyHtml", containsString("<p"));
        // Reading the preview put nothing in the answers kept for the public.
        api().get("/articles/" + slug).then().statusCode(404);
        api().get("/articles").then().body("items.slug", not(hasItem(slug)));

        String listed = as("editor").get("/editor/previews/articles/" + slug).then().statusCode(200)
                .body("state", equalTo(List.of("ACTIVE"))).extract().asString();
        assertThat(listed).as("a link is shown once, when it is made").doesNotContain(href.substring(10));
        long id = articleId(slug);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/articles/" + slug).then().statusCode(204);
        api().get(href).then().statusCode(404).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> links.ofItem("articles", id)))
                .as("a deleted item's links are gone").isEmpty();
    }

    @Test
    void aLinkExpiresAndARevokedOneStopsAtOnce() {
        String slug = newSlug("office");
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);

        String shortLived = as("editor").post("/editor/previews/locations/" + slug + "?validFor=PT2S")
                .then().statusCode(201).extract().path("href");
        api().get(shortLived).then().statusCode(200).body("slug", equalTo(slug));
        await().atMost(Duration.ofSeconds(10)).until(() -> api().get(shortLived).statusCode() == 404);
        api().get(shortLived).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("expired"));

        String revoked = as("editor").post("/editor/previews/locations/" + slug).then().statusCode(201)
                .extract().path("href");
        String id = as("editor").get("/editor/previews/locations/" + slug).then().statusCode(200)
                .body("state", equalTo(List.of("ACTIVE", "EXPIRED"))).extract().path("id[0]");
        api().get(revoked).then().statusCode(200);
        as("editor").delete("/editor/previews/" + id).then().statusCode(204);
        api().get(revoked).then().statusCode(404);
        as("editor").get("/editor/previews/locations/" + slug).then()
                .body("state[0]", equalTo("REVOKED")).body("revokedBy[0]", equalTo("editor"));

        // A renamed item keeps its links.
        String kept = as("editor").post("/editor/previews/locations/" + slug).then().statusCode(201)
                .extract().path("href");
        String renamed = slug + "-renamed";
        editor().header("If-Match", "\"v0\"").body(office(renamed, "DRAFT")).put("/editor/locations/" + slug)
                .then().statusCode(200);
        api().get(kept).then().statusCode(200).body("slug", equalTo(renamed));
        as("editor").header("If-Match", "\"v1\"").delete("/editor/locations/" + renamed).then().statusCode(204);
    }

    @Test
    void whatIsNotALinkIsA404AndTheLifetimeIsBounded() {
        api().get("/previews/pv_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json");
        api().get("/previews/anything").then().statusCode(404);
        api().get("/previews/pv_" + "x".repeat(500)).then().statusCode(404);
        as("editor").post("/editor/previews/locations/oak-park?validFor=P8D").then().statusCode(400)
                .body("errors[0].field", equalTo("validFor"));
        as("editor").post("/editor/previews/locations/oak-park?validFor=PT0S").then().statusCode(400);
        as("editor").post("/editor/previews/locations/oak-park?validFor=soon").then().statusCode(400);
        as("editor").post("/editor/previews/locations/no-such-office").then().statusCode(404);
        as("editor").post("/editor/previews/gadgets/oak-park").then().statusCode(404);
        as("editor").delete("/editor/previews/not-an-id").then().statusCode(404);
        as("editor").delete("/editor/previews/7c9e6679-7425-40de-944b-e07fc1f90ae7").then().statusCode(404);
        api().post("/editor/previews/locations/oak-park").then().statusCode(401);
        as("staff").post("/editor/previews/locations/oak-park").then().statusCode(403);
    }

    @Inject
    PreviewLinkRepository links;

    private long articleId(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> links.getEntityManager()
                .createQuery("select a.id from Article a where a.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult());
    }

    private static RequestSpecification editor() {
        return as("editor").contentType(ContentType.JSON);
    }
}
