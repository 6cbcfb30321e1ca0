package com.caringmedical.clinic.article;

import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.article.ArticleEditingTest.newSlug;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A medical reviewer vouches for an article as it stands: recording the review names them, dates it and sets the
 * next one; readers and search engines see who reviewed it and when; editors list the reviews that are due.
 */
@QuarkusTest
class ArticleReviewTest {

    private final String reviewer = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
    private final String article = newSlug();

    @BeforeEach
    void aPublishedArticleAndAReviewerWithCredentials() {
        as("editor").contentType("application/json").body(Map.of("slug", reviewer, "name", "Jane Doe",
                "credentials", "DO", "role", "Medical reviewer", "status", "PUBLISHED"))
                .post("/editor/authors").then().statusCode(201);
        as("editor").contentType("application/json").body(article(article, "PUBLISHED"))
                .post("/editor/articles").then().statusCode(201).header("ETag", "\"v0\"");
    }

    @AfterEach
    void deleteThem() {
        as("editor").header("If-Match", "*").delete("/editor/articles/" + article).then().statusCode(204);
        as("editor").header("If-Match", "*").delete("/editor/authors/" + reviewer).then().statusCode(204);
    }

    @Test
    void aRecordedReviewIsShownToReadersAndSearchEngines() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        review("\"v0\"", Map.of("reviewer", reviewer)).statusCode(200)
                .header("ETag", "\"v1\"")
                .body("lastReview.reviewer", equalTo(reviewer))
                .body("lastReview.reviewedAt", notNullValue())
                .body("nextReviewDue", equalTo(today.plusYears(1).toString()));

        api().get("/articles/" + article).then().statusCode(200)
                .body("reviewedBy.slug", equalTo(reviewer))
                .body("reviewedBy.name", equalTo("Jane Doe"))
                .body("reviewedBy.credentials", equalTo("DO"))
                .body("reviewedBy.role", equalTo("Medical reviewer"))
                .body("lastReviewedAt", notNullValue());
        api().accept("application/ld+json").get("/articles/" + article).then().statusCode(200)
                .body("reviewedBy.name", equalTo("Jane Doe"))
                .body("reviewedBy.honorificSuffix", equalTo("DO"))
                .body("lastReviewed", equalTo(today.toString()));
        api().get("/authors/" + reviewer).then().statusCode(200).body("reviewed.slug", contains(article));
        api().queryParam("reviewer", reviewer).get("/articles").then().statusCode(200)
                .body("items.slug", contains(article));
    }

    @Test
    void aReviewOfAChangedVersionOrByTheWrongPersonIsRefused() {
        review("\"v7\"", Map.of("reviewer", reviewer)).statusCode(412);
        review(null, Map.of("reviewer", reviewer)).statusCode(428);
        review("\"v0\"", Map.of("reviewer", "ross-hauser")).statusCode(400)
                .body("errors[0].field", equalTo("reviewer"))
                .body("errors[0].message", equalTo("is the article's author: a review needs a second person"));
        review("\"v0\"", Map.of("reviewer", reviewer, "nextReviewDue", "2020-01-01")).statusCode(400)
                .body("errors[0].field", equalTo("nextReviewDue"));
        review("\"v0\"", Map.of("reviewer", "nobody-here")).statusCode(400)
                .body("errors[0].message", equalTo("no published author has the slug 'nobody-here'"));
    }

    @Test
    void savingTheArticleLeavesTheReviewAsItWas() {
        review("\"v0\"", Map.of("reviewer", reviewer, "nextReviewDue", "2030-06-30")).statusCode(200);
        Map<String, Object> changed = new HashMap<>(article(article, "PUBLISHED"));
        changed.put("title", "Dry needling, revised");
        changed.put("nextReviewDue", "2030-06-30");
        changed.put("lastReview", Map.of("reviewer", "ross-hauser", "reviewedAt", "2001-01-01T00:00:00Z"));
        as("editor").contentType("application/json").header("If-Match", "\"v1\"").body(changed)
                .put("/editor/articles/" + article).then().statusCode(200)
                .body("lastReview.reviewer", equalTo(reviewer))
                .body("nextReviewDue", equalTo("2030-06-30"));
    }

    @Test
    void editorsListTheArticlesWhoseReviewIsDueTheNeverReviewedFirst() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        as("editor").queryParam("reviewDueBy", today).queryParam("size", 100).get("/editor/articles")
                .then().statusCode(200)
                .body("items.slug", hasItem(ArticleResourceTest.SEED))
                .body("items.slug", hasItem(article));

        review("\"v0\"", Map.of("reviewer", reviewer, "nextReviewDue", "2030-06-30")).statusCode(200);
        as("editor").queryParam("reviewDueBy", today).queryParam("size", 100).get("/editor/articles")
                .then().statusCode(200)
                .body("items.slug", not(hasItem(article)));
        as("editor").queryParam("reviewDueBy", "2030-06-30").queryParam("size", 100).get("/editor/articles")
                .then().statusCode(200)
                .body("items.slug", hasItem(article))
                .body("items[-1].slug", equalTo(article));
        as("editor").queryParam("reviewDueBy", "June").get("/editor/articles").then().statusCode(400);
    }

    @Test
    void aReviewerNamedByAnArticleStays() {
        review("\"v0\"", Map.of("reviewer", reviewer)).statusCode(200);
        as("editor").header("If-Match", "*").delete("/editor/authors/" + reviewer).then().statusCode(409);
        as("editor").header("If-Match", "*").delete("/editor/articles/" + article).then().statusCode(204);
        as("editor").contentType("application/json").body(article(article, "PUBLISHED"))
                .post("/editor/articles").then().statusCode(201);
    }

    private ValidatableResponse review(String ifMatch, Map<String, Object> review) {
        var request = as("editor").contentType("application/json").body(review);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/editor/articles/" + article + "/reviews").then();
    }
}
