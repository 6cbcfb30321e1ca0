package com.caringmedical.clinic.author;

import static com.caringmedical.clinic.testing.ContentForms.author;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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

/** Readers see who writes the clinic's articles and who reviews them; editors keep those profiles. */
@QuarkusTest
class AuthorResourceTest {

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatThisTestCreated() {
        for (String slug : created) {
            as("editor").header("If-Match", "*").delete("/editor/authors/" + slug).then().statusCode(204);
        }
    }

    @Test
    void theSeededAuthorHasAProfileListingTheArticleHeWrote() {
        api().get("/authors").then().statusCode(200)
                .body("items.slug", hasItem("ross-hauser"));
        api().get("/authors/ross-hauser").then().statusCode(200)
                .body("name", equalTo("Ross Hauser"))
                .body("credentials", equalTo("MD"))
                .body("role", equalTo("Physician"))
                .body("wrote.slug", contains("failed-back-surgery-syndrome-treatment-options"))
                .body("wrote[0].publishedAt", equalTo("2013-04-15T12:00:00Z"))
                .body("orcidUrl", nullValue());
        api().queryParam("author", "ross-hauser").get("/articles").then().statusCode(200)
                .body("items.slug", contains("failed-back-surgery-syndrome-treatment-options"))
                .body("items[0].author.slug", equalTo("ross-hauser"))
                .body("items[0].author.name", equalTo("Ross Hauser"))
                .body("items[0].author.credentials", equalTo("MD"))
                .body("items[0].author.role", equalTo("Physician"))
                .body("items[0].author.updatedAt", notNullValue());
    }

    @Test
    void aDraftProfileIsNotPublicUntilPublished() {
        String slug = newSlug();
        create(author(slug, null)).statusCode(201).header("ETag", "\"v0\"").body("status", equalTo("DRAFT"));
        api().get("/authors/" + slug).then().statusCode(404);
        api().queryParam("size", 100).get("/authors").then().body("items.slug", not(hasItem(slug)));

        as("editor").contentType("application/json").header("If-Match", "\"v0\"").body(author(slug, "PUBLISHED"))
                .put("/editor/authors/" + slug).then().statusCode(200).header("ETag", "\"v1\"");
        api().get("/authors/" + slug).then().statusCode(200)
                .body("orcidUrl", equalTo("https://orcid.org/0000-0002-1825-0097"))
                .body("profileUrl", equalTo("https://www.clinic.example/team/jane-doe"))
                .body("wrote", equalTo(List.of()))
                .body("reviewed", equalTo(List.of()));
    }

    @Test
    void aMistypedOrcidOrAProfileThatIsNotAWebAddressIsA400() {
        Map<String, Object> author = author(newSlug(), "DRAFT");
        author.put("orcid", "0000-0002-1825-0098");
        author.put("profileUrl", "javascript:alert(1)");
        create(author).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("profileUrl", "orcid"))
                .body("errors[1].message", equalTo("has a check digit that does not fit: is a digit mistyped?"));
        author.put("orcid", "1234");
        create(author).statusCode(400).body("errors.field", contains("orcid"));
    }

    @Test
    void anAuthorArticlesNameCannotBeUnpublishedOrDeleted() {
        as("editor").contentType("application/json").header("If-Match", "*")
                .body(Map.of("slug", "ross-hauser", "name", "Ross Hauser", "credentials", "MD", "status", "DRAFT"))
                .put("/editor/authors/ross-hauser").then().statusCode(409)
                .body("detail", equalTo("1 article(s) name this author as writer or medical reviewer, so the profile "
                        + "cannot be unpublished while they do."));
        as("editor").header("If-Match", "*").delete("/editor/authors/ross-hauser").then().statusCode(409);
        as("staff").get("/editor/authors").then().statusCode(403);
        api().get("/editor/authors").then().statusCode(401);
    }

    static String newSlug() {
        return "author-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ValidatableResponse create(Map<String, Object> author) {
        Response response = as("editor").contentType("application/json").body(author).post("/editor/authors");
        if (response.statusCode() == 201) {
            created.add((String) author.get("slug"));
        }
        return response.then();
    }
}
