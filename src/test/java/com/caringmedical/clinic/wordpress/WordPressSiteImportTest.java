package com.caringmedical.clinic.wordpress;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A real WordPress (Debian's package, started by .ci/wordpress/start.sh with content written for this test) is
 * imported through its REST API, imported again, and then imported from its own export file: the first import
 * makes the articles, images, references, topics and redirects; the other two change nothing. Its own group, like
 * the browser test: {@code ./mvnw verify -Psystem-tests} runs it with WORDPRESS_URL and WORDPRESS_EXPORT set, as
 * .ci/run does.
 */
@QuarkusTest
@Tag("wordpress")
class WordPressSiteImportTest {

    private static final String POST_A = "failed-back-surgery-what-next";
    private static final String POST_B = "prolotherapy-low-back-pain";
    private static final String POST_C = "knee-pain-and-running";

    private static String setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run .ci/wordpress/start.sh first (see .ci/run)");
        }
        return value;
    }

    @Test
    void theSiteBecomesArticlesAndImportingItAgainOrFromItsExportFileChangesNothing() throws IOException {
        String site = setting("WORDPRESS_URL");
        byte[] export = Files.readAllBytes(Path.of(setting("WORDPRESS_EXPORT")));

        JsonPath first = WordPressImportResourceTest.importSite(site, true);
        assertThat(first.getString("state")).as(first.prettify()).isEqualTo("SUCCEEDED");
        assertThat(first.getMap("progress.articles")).as(first.prettify()).containsEntry("total", 3)
                .containsEntry("created", 3).containsEntry("failed", 0);
        assertThat(first.getMap("progress.media")).containsEntry("created", 2).containsEntry("failed", 0);
        assertThat(first.getMap("progress.references")).containsEntry("created", 3).containsEntry("unchanged", 1)
                .containsEntry("skipped", 1);

        postA();
        postB();
        api().get("/articles/" + POST_C).then().statusCode(200).body("title", equalTo("Knee pain and running"));
        as("editor").get("/editor/articles/about-our-offices").then().statusCode(404);
        api().queryParam("topic", "steroid-injections").get("/articles").then().statusCode(200)
                .body("items.slug", contains(POST_A));
        api().redirects().follow(false).queryParam("path", "/2024/03/failed-back-surgery-what-next/")
                .get("/redirects").then().statusCode(301).header("Location", equalTo("/articles/" + POST_A));
        api().redirects().follow(false).queryParam("path", site + "/author/mkeller/").get("/redirects").then()
                .statusCode(301).header("Location", equalTo("/authors/marion-keller"));

        JsonPath again = WordPressImportResourceTest.importSite(site, true);
        unchanged(again);

        Response fromFile = as("admin").contentType("application/rss+xml").queryParam("publish", true).body(export)
                .post("/imports/wordpress");
        fromFile.then().statusCode(202).body("source", equalTo("EXPORT_FILE")).body("siteUrl", equalTo(site));
        JsonPath fileImport = WordPressImportResourceTest.finished(fromFile.header("Location"));
        assertThat(fileImport.getString("state")).isEqualTo("SUCCEEDED");
        unchanged(fileImport);
    }

    /** A second import of the same site, however read, finds everything as the first one left it. */
    private static void unchanged(JsonPath job) {
        assertThat(job.getMap("progress.articles")).as(job.prettify()).containsEntry("total", 3)
                .containsEntry("unchanged", 3).containsEntry("created", 0).containsEntry("updated", 0);
        assertThat(job.getMap("progress.media")).as(job.prettify()).containsEntry("unchanged", 2)
                .containsEntry("created", 0);
        assertThat(job.getMap("progress.references")).containsEntry("created", 0).containsEntry("unchanged", 4);
        assertThat(job.getMap("progress.redirects")).containsEntry("created", 0).containsEntry("unchanged", 5);
        assertThat(job.getMap("progress.authors")).containsEntry("created", 0).containsEntry("unchanged", 2);
    }

    /** Post A: every kind of block, a featured image, a video, four references of which one stays text. */
    private static void postA() {
        JsonPath a = as("editor").get("/editor/articles/" + POST_A).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("title", equalTo("Failed back surgery: what comes next"))
                .body("author", equalTo("ross-hauser"))
                .body("topics", contains("back-pain", "sciatica", "steroid-injections"))
                .body("publishedAt", startsWith("2024-03-12"))
                .body("summary", startsWith("Some people still have pain in the lower back"))
                .extract().jsonPath();
        assertThat(a.getList("body.type", String.class)).containsExactly("paragraph", "heading", "paragraph", "list",
                "heading", "list", "quote", "image", "video", "paragraph", "paragraph", "paragraph", "heading", "list");
        assertThat(a.getString("body[0].content[1].text")).isEqualTo("failed back surgery syndrome");
        assertThat(a.getList("body[0].content[1].marks.type", String.class)).containsExactly("bold");
        assertThat(a.getList("body[0].content[3].marks.type", String.class)).containsExactly("italic");
        assertThat(a.getMap("body[2].content.find { it.text == 'prolotherapy for low back pain' }.marks[0].to"))
                .isEqualTo(Map.of("kind", "ARTICLE", "slug", POST_B));
        assertThat(a.getString("body[3].items[1].list.items[1].content[0].text")).isEqualTo("the top of the big toe.");
        assertThat(a.getBoolean("body[5].ordered")).isTrue();
        assertThat(a.getString("body[6].attribution")).isEqualTo("A patient of the clinic, 2023");
        assertThat(a.getString("body[7].alt")).isEqualTo("A model of the lower spine with its discs");
        assertThat(a.getString("body[7].caption[0].text")).isEqualTo("The lumbar spine, seen from the side.");
        assertThat(a.getString("body[8].provider")).isEqualTo("YOUTUBE");
        assertThat(a.getString("body[8].id")).isEqualTo("dQw4w9WgXcQ");
        assertThat(a.getString("body[9].content[0].text")).as("the table became a paragraph per row")
                .isEqualTo("Epidural steroid injection | Short-term relief of leg pain");
        assertThat(a.getString("body[12].text")).isEqualTo(ImportedReferences.LEFT_AS_TEXT_TITLE);
        assertThat(a.getString("body[13].items[0].content[0].text")).startsWith("[4] Hale R. Ligaments");
        assertThat(a.getLong("featuredImage")).isEqualTo(a.getLong("body[7].media"));

        List<Integer> references = a.getList("references", Integer.class);
        assertThat(references).hasSize(3).first().as("matched by its DOI to the library's reference").isEqualTo(1);
        as("editor").get("/editor/references/" + references.get(1)).then()
                .body("doi", equalTo("10.5555/clinic.test.0002"))
                .body("authors.family", contains("Brandt", "Osei", "Whitcombe"));
        as("editor").get("/editor/references/" + references.get(2)).then()
                .body("doi", equalTo("10.5555/clinic.test.0003"))
                .body("year", equalTo(2021))
                .body("authors.family", contains("Keller", "Ortiz"));
        api().get("/articles/" + POST_A).then().statusCode(200)
                .body("references.reference.id", contains(references.toArray()));
        api().get("/media/" + a.getLong("body[7].media")).then().statusCode(200)
                .body("alt", equalTo("A model of the lower spine with its discs"))
                .body("caption", equalTo("The lumbar spine, seen from the side."));
    }

    /** Post B, saved by the classic editor: an image inside a paragraph, a [caption], a reference shared with A. */
    private static void postB() {
        JsonPath a = as("editor").get("/editor/articles/" + POST_A).then().extract().jsonPath();
        JsonPath b = as("editor").get("/editor/articles/" + POST_B).then().statusCode(200)
                .body("author", equalTo("marion-keller"))
                .body("topics", contains("regenerative-medicine", "prolotherapy", "sciatica"))
                .body("body.type", not(hasItem("video")))
                .extract().jsonPath();
        assertThat(b.getList("body.type", String.class)).startsWith("image", "paragraph", "image", "heading", "list");
        assertThat(b.getString("body[0].alt")).isEqualTo("Diagram of a needle reaching a facet joint");
        assertThat(b.getLong("body[2].media")).as("the same attachment is one image of the library")
                .isEqualTo(a.getLong("body[7].media"));
        assertThat(b.getString("body[2].caption[0].text")).isEqualTo("The lumbar spine, seen from the side.");
        assertThat(b.getLong("references[0]")).as("the same DOI is the same reference")
                .isEqualTo(a.getLong("references[1]"));
        assertThat(b.getList("body.findAll { it.type == 'paragraph' }.content.flatten().findAll { it.marks != null }"
                + ".marks.flatten().findAll { it.type == 'link' }.to.slug", String.class)).containsExactly(POST_A);
        api().get("/authors/marion-keller").then().statusCode(200).body("name", equalTo("Marion Keller"));
    }
}
