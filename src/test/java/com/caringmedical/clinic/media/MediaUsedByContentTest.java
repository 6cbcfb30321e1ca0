package com.caringmedical.clinic.media;

import static com.caringmedical.clinic.media.MediaUploads.uploaded;
import static com.caringmedical.clinic.testing.ContentForms.article;
import static com.caringmedical.clinic.testing.ContentForms.author;
import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.ContentForms.treatment;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Articles, treatment options, offices and authors show library images: a featured image, images in an article's
 * body, an author's photo. Readers get the files with the content; editors see where an image is used, and it
 * cannot be deleted while it is.
 */
@QuarkusTest
class MediaUsedByContentTest {

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteWhatThisTestCreated() {
        for (int i = created.size() - 1; i >= 0; i--) {
            as("editor").header("If-Match", "*").delete(created.get(i)).then().statusCode(204);
        }
    }

    @Test
    void contentShowsTheImageWithItsFilesAndTheLibraryKnowsWhere() {
        long photo = uploaded(TestImages.jpeg(1200, 800));
        String article = newSlug("article");
        String treatment = newSlug("treatment");
        String office = newSlug("office");
        String author = newSlug("author");

        Map<String, Object> reviewer = author(author, "PUBLISHED");
        reviewer.put("orcid", null);
        reviewer.put("photo", photo);
        create("/editor/authors", reviewer);
        Map<String, Object> option = treatment(treatment, "PUBLISHED", 7);
        option.put("featuredImage", photo);
        create("/editor/treatments", option);
        Map<String, Object> clinic = office(office, "PUBLISHED");
        clinic.put("featuredImage", photo);
        create("/editor/locations", clinic);
        Map<String, Object> page = article(article, "PUBLISHED");
        page.put("featuredImage", photo);
        page.put("treatments", List.of(treatment));
        page.put("body", List.of(Map.of("type", "image", "media", photo, "alt", "The clinic's treatment room",
                "caption", List.of(Map.of("text", "Where most sessions take place.")))));
        create("/editor/articles", page);

        as("editor").get("/editor/media/" + photo).then().statusCode(200)
                .body("usedBy.collect { it.kind + ':' + it.key }", containsInAnyOrder("article:" + article,
                        "treatment:" + treatment, "office:" + office, "author:" + author));
        as("editor").header("If-Match", "*").delete("/editor/media/" + photo).then().statusCode(409);

        String src = "/media/" + photo + "/1200.jpg";
        api().get("/articles/" + article).then().statusCode(200)
                .body("featuredImage.src", equalTo(src))
                .body("media.id", equalTo(List.of((int) photo)))
                .body("treatments[0].featuredImage.src", equalTo(src));
        api().accept("application/ld+json").get("/articles/" + article).then().statusCode(200)
                .body("image", equalTo(src));
        api().queryParam("size", 100).get("/articles").then().statusCode(200)
                .body("items.find { it.slug == '" + article + "' }.featuredImage.src", equalTo(src));
        api().get("/treatments/" + treatment).then().statusCode(200).body("featuredImage.src", equalTo(src));
        api().queryParam("size", 100).get("/treatments").then().statusCode(200)
                .body("items.find { it.slug == '" + treatment + "' }.featuredImage.width", equalTo(1200));
        api().get("/locations/" + office).then().statusCode(200).body("featuredImage.src", equalTo(src));
        api().get("/authors/" + author).then().statusCode(200).body("photo.src", equalTo(src))
                .body("photo.sources[0].srcset", startsWith("/media/" + photo + "/320.webp 320w"));

        Element figure = Jsoup.parseBodyFragment(api().queryParam("bodyFormat", "html").get("/articles/" + article)
                .path("bodyHtml")).body().selectFirst("figure.image");
        assertEquals("The clinic's treatment room", figure.selectFirst("img").attr("alt"));
        assertEquals(src, figure.selectFirst("img").attr("src"));
        assertEquals("image/webp", figure.selectFirst("source").attr("type"));
        assertEquals("Where most sessions take place.", figure.selectFirst("figcaption").text());

        for (int i = created.size() - 1; i >= 0; i--) {
            as("editor").header("If-Match", "*").delete(created.remove(i)).then().statusCode(204);
        }
        as("editor").get("/editor/media/" + photo).then().statusCode(200).body("usedBy", equalTo(List.of()));
        as("editor").header("If-Match", "*").delete("/editor/media/" + photo).then().statusCode(204);
    }

    @Test
    void anImageThatIsNotInTheLibraryIsA400OnEveryKind() {
        long missing = 987_654_321L;
        Map<String, Object> page = article(newSlug("article"), "DRAFT");
        page.put("featuredImage", missing);
        as("editor").contentType("application/json").body(page).post("/editor/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("featuredImage"))
                .body("errors[0].message", equalTo("no media item has the id " + missing));
        Map<String, Object> profile = author(newSlug("author"), "DRAFT");
        profile.put("photo", missing);
        as("editor").contentType("application/json").body(profile).post("/editor/authors").then().statusCode(400)
                .body("errors.field", hasItem("photo"));
        Map<String, Object> option = treatment(newSlug("treatment"), "DRAFT", 7);
        option.put("featuredImage", missing);
        as("editor").contentType("application/json").body(option).post("/editor/treatments").then().statusCode(400)
                .body("errors.field", hasItem("featuredImage"));
        Map<String, Object> clinic = office(newSlug("office"), "DRAFT");
        clinic.put("featuredImage", missing);
        as("editor").contentType("application/json").body(clinic).post("/editor/locations").then().statusCode(400)
                .body("errors.field", hasItem("featuredImage"));
    }

    private void create(String collection, Map<String, Object> form) {
        as("editor").contentType("application/json").body(form).post(collection).then().log().ifValidationFails()
                .statusCode(201);
        created.add(collection + "/" + form.get("slug"));
    }
}
