package com.caringmedical.clinic.wordpress;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * An admin imports a WordPress site (here a stand-in for its REST API on 127.0.0.1, which the test profile allows)
 * or its export file, and follows the job; importing again changes nothing, and never what editors changed.
 */
@QuarkusTest
class WordPressImportResourceTest {

    /** Starts an import of the site and waits for it to finish; answers the finished job. */
    static JsonPath importSite(String siteUrl, boolean publish) {
        Response started = as("admin").contentType("application/json")
                .body(Map.of("siteUrl", siteUrl, "publish", publish))
                .post("/imports/wordpress");
        started.then().statusCode(202).header("Location", startsWith("/imports/")).body("state", equalTo("QUEUED"));
        return finished(started.header("Location"));
    }

    static JsonPath finished(String location) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            JsonPath job = as("admin").get(location).then().statusCode(200).extract().jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(job.getString("state"))) {
                return job;
            }
            sleep(200);
        }
        throw new AssertionError("the import at " + location + " did not finish within 90 s");
    }

    @Test
    void aSiteBecomesDraftArticlesWithTheirImagesAuthorReferencesAndOldAddresses() {
        try (FakeWordPress site = FakeWordPress.start()) {
            JsonPath job = importSite(site.url(), false);

            assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
            assertThat(job.getMap("progress.articles")).containsEntry("total", 2).containsEntry("created", 2)
                    .containsEntry("failed", 0);
            assertThat(job.getMap("progress.media")).containsEntry("created", 2);
            assertThat(job.getMap("progress.references")).as(job.prettify()).containsEntry("unchanged", 1).containsEntry("created", 1)
                    .containsEntry("skipped", 1);
            assertThat(job.getMap("progress.redirects")).as("the two permalinks and the author's page")
                    .containsEntry("created", 3);
            assertThat(job.getMap("progress.authors")).containsEntry("created", 1);
            assertThat(site.asked()).as("one post a page: the second page was read too")
                    .anyMatch(asked -> asked.startsWith("/wp-json/wp/v2/posts") && asked.contains("page=2"));

            String sciatica = site.slug("sciatica-after-disc-surgery");
            String prolotherapy = site.slug("prolotherapy-questions");
            JsonPath article = as("editor").get("/editor/articles/" + sciatica).then().statusCode(200)
                    .body("status", equalTo("DRAFT"))
                    .body("title", equalTo("Sciatica after disc surgery"))
                    .body("author", equalTo(site.slug("dana-whitfield")))
                    .body("topics", contains("back-pain", "sciatica"))
                    .body("publishedAt", equalTo("2024-03-12T09:00:00Z"))
                    .extract().jsonPath();
            List<Map<String, Object>> body = article.getList("body");
            assertThat(body).extracting(block -> block.get("type")).containsExactly("paragraph", "heading",
                    "paragraph", "list", "image", "video", "heading", "list");
            assertThat(article.getString("body[0].content[1].text")).isEqualTo("discectomy");
            assertThat(article.getList("body[0].content[1].marks.type")).containsExactly("bold");
            assertThat(article.getInt("body[0].content[3].marks[0].reference")).isEqualTo(1);
            assertThat(article.getMap("body[2].content[3].marks[0].to"))
                    .as("the link to the other post became a link to its article")
                    .isEqualTo(Map.of("kind", "ARTICLE", "slug", prolotherapy));
            assertThat(article.getString("body[3].items[0].list.items[0].content[0].text"))
                    .isEqualTo("around the nerve root");
            assertThat(article.getString("body[5].id")).isEqualTo("abcDEF12345");
            assertThat(article.getString("body[5].title")).isEqualTo("Leg pain explained");
            assertThat(article.getList("references", Integer.class)).hasSize(2).first().isEqualTo(1);
            assertThat(article.getString("body[6].text")).isEqualTo(ImportedReferences.LEFT_AS_TEXT_TITLE);
            assertThat(article.getString("body[7].items[0].content[0].text"))
                    .isEqualTo("[3] Notes from a lecture given in Oak Park.");

            long image = article.getLong("body[4].media");
            api().get("/media/" + image).then().statusCode(200)
                    .body("alt", equalTo("A model of the lower back seen from the side"))
                    .body("caption", equalTo("The lumbar spine and its discs."));
            as("editor").get("/editor/articles/" + prolotherapy).then().statusCode(200)
                    .body("featuredImage", equalTo(job.getInt("items.find { it.kind == 'media' && it.origin == '22' }"
                            + ".location.substring(7).toInteger()")))
                    .body("body[1].content[1].marks[0].to.slug", equalTo(sciatica));
            long created = article.getLong("references[1]");
            as("editor").get("/editor/references/" + created).then().statusCode(200)
                    .body("doi", equalTo("10.5555/fake." + site.slug("").substring(1) + ".2"))
                    .body("authors.family", contains("Ortiz", "Keller"))
                    .body("status", equalTo("DRAFT"));

            api().redirects().follow(false).queryParam("path", site.permalink(11)).get("/redirects").then()
                    .statusCode(301)
                    .header("Location", equalTo("/articles/" + sciatica));
            assertThat(job.getList("items.find { it.kind == 'media' && it.origin == '22' }.notes", String.class))
                    .as("the report tells the editor what to look at").containsExactly("WordPress has no alt text for "
                            + "it: it is marked decorative until an editor describes it");
            assertThat(job.getList("items.findAll { it.kind == 'reference' && it.outcome == 'SKIPPED' }.notes.flatten()",
                    String.class)).singleElement().asString().startsWith("kept as text");
        }
    }

    @Test
    void importingAgainChangesNothingThenTakesWordPressChangesButNeverOverwritesAnEditor() {
        try (FakeWordPress site = FakeWordPress.start()) {
            importSite(site.url(), false);
            JsonPath again = importSite(site.url(), false);
            assertThat(again.getMap("progress.articles")).as(again.prettify()).containsEntry("unchanged", 2).containsEntry("created", 0)
                    .containsEntry("updated", 0);
            assertThat(again.getMap("progress.media")).containsEntry("unchanged", 2).containsEntry("created", 0);
            assertThat(again.getMap("progress.redirects")).containsEntry("unchanged", 3).containsEntry("created", 0);
            assertThat(site.asked()).as("no image was downloaded a second time")
                    .filteredOn(asked -> asked.startsWith("/wp-content/")).hasSize(2);

            site.changeContent(12, "<p>Most patients need three to six sessions.</p>");
            String editedLocally = site.slug("sciatica-after-disc-surgery");
            Response read = as("editor").get("/editor/articles/" + editedLocally);
            Map<String, Object> form = read.jsonPath().getMap("");
            form.put("title", "Sciatica after disc surgery: what we see in Oak Park");
            as("editor").header("If-Match", read.header("ETag")).contentType("application/json").body(form)
                    .put("/editor/articles/" + editedLocally).then().statusCode(200);
            site.changeContent(11, "<p>A shorter text from WordPress.</p>");

            JsonPath third = importSite(site.url(), false);
            assertThat(third.getMap("progress.articles")).containsEntry("updated", 1).containsEntry("skipped", 1);
            as("editor").get("/editor/articles/" + site.slug("prolotherapy-questions")).then()
                    .body("body[0].content[0].text", equalTo("Most patients need three to six sessions."));
            as("editor").get("/editor/articles/" + editedLocally).then()
                    .body("title", equalTo("Sciatica after disc surgery: what we see in Oak Park"))
                    .body("body[0].content[1].text", equalTo("discectomy"));
            assertThat(third.getList("items.find { it.origin == 'post 11' }.notes", String.class))
                    .anyMatch(note -> note.startsWith("changed here since the last import"));
        }
    }

    @Test
    void draftsFirstThenAnImportThatPublishesPublishesWhatTheImportMadeAndNobodyChanged() {
        try (FakeWordPress site = FakeWordPress.start()) {
            String sciatica = site.slug("sciatica-after-disc-surgery");
            importSite(site.url(), false);
            api().get("/articles/" + sciatica).then().statusCode(404);
            api().get("/authors/" + site.slug("dana-whitfield")).then().statusCode(404);

            JsonPath published = importSite(site.url(), true);
            assertThat(published.getMap("progress.articles")).as(published.prettify()).containsEntry("updated", 2)
                    .containsEntry("failed", 0);
            assertThat(published.getMap("progress.authors")).containsEntry("updated", 1);
            assertThat(published.getMap("progress.references")).containsEntry("updated", 1)
                    .containsEntry("unchanged", 1);
            api().get("/articles/" + sciatica).then().statusCode(200)
                    .body("author.slug", equalTo(site.slug("dana-whitfield")))
                    .body("references.reference.doi", contains("10.1111/papr.12035",
                            "10.5555/fake." + site.slug("").substring(1) + ".2"));
            api().get("/authors/" + site.slug("dana-whitfield")).then().statusCode(200)
                    .body("credentials", equalTo("DC"));
        }
    }

    @Test
    void anArticleWithTheSameSlugFromElsewhereIsAConflictNotOverwritten() {
        try (FakeWordPress site = FakeWordPress.start()) {
            String slug = site.slug("prolotherapy-questions");
            Map<String, Object> mine = com.caringmedical.clinic.testing.ContentForms.article(slug, "DRAFT");
            as("editor").contentType("application/json").body(mine).post("/editor/articles").then().statusCode(201);

            JsonPath job = importSite(site.url(), false);
            assertThat(job.getString("items.find { it.origin == 'post 12' }.outcome")).isEqualTo("SKIPPED");
            assertThat(job.getString("items.find { it.origin == 'post 12' }.notes[0]"))
                    .contains("is here already and did not come from this post");
            as("editor").get("/editor/articles/" + slug).then().body("title", equalTo(mine.get("title")));
        }
    }

    @Test
    void aSlowSiteFailsTheJobWithAReasonAndTheServiceGoesOn() {
        try (FakeWordPress site = FakeWordPress.start()) {
            site.slowDown(Duration.ofSeconds(5));
            JsonPath job = importSite(site.url(), false);
            assertThat(job.getString("state")).isEqualTo("FAILED");
            assertThat(job.getString("failure")).contains("did not answer in full within 3 s");
            api().get("/articles").then().statusCode(200);
        }
    }

    @Test
    void anImageThatRedirectsInsideTheNetworkIsRefusedAndThePostStillComesIn() {
        try (FakeWordPress site = FakeWordPress.start()) {
            site.redirectImageInside(22);
            JsonPath job = importSite(site.url(), false);
            assertThat(job.getString("items.find { it.kind == 'media' && it.origin == '22' }.outcome")).isEqualTo("FAILED");
            assertThat(job.getString("items.find { it.kind == 'media' && it.origin == '22' }.notes[0]"))
                    .contains("169.254.169.254").contains("private, loopback or link-local");
            as("editor").get("/editor/articles/" + site.slug("prolotherapy-questions")).then().statusCode(200)
                    .body("featuredImage", equalTo(null));
        }
    }

    @Test
    void addressesInsideTheClinicsNetworkAreRefusedUnlessListed() {
        for (String inside : List.of("http://localhost:8080/", "http://10.0.0.8/", "http://169.254.169.254/latest/",
                "http://[::1]/", "http://192.168.1.1/")) {
            as("admin").contentType("application/json").body(Map.of("siteUrl", inside))
                    .post("/imports/wordpress").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("siteUrl"))
                    .body("errors[0].message", containsString("clinic.import.allowed-hosts"));
        }
        for (String notHttp : List.of("ftp://clinic.example/", "file:///etc/passwd", "javascript:alert(1)")) {
            as("admin").contentType("application/json").body(Map.of("siteUrl", notHttp))
                    .post("/imports/wordpress").then().statusCode(400)
                    .body("errors.field", hasItem("siteUrl"));
        }
    }

    @Test
    void onlyAdminsImport() {
        api().contentType("application/json").body(Map.of("siteUrl", "https://clinic.example"))
                .post("/imports/wordpress").then().statusCode(401);
        as("editor").contentType("application/json").body(Map.of("siteUrl", "https://clinic.example"))
                .post("/imports/wordpress").then().statusCode(403);
        as("editor").get("/imports").then().statusCode(403);
    }

    @Test
    void anExportFileIsImportedAndItsImagesOnPrivateAddressesAreRefused() throws IOException {
        byte[] export;
        try (InputStream file = getClass().getResourceAsStream("/wordpress/clinic-export.xml")) {
            export = new String(file.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("https://clinic.example/wp-content/", "http://10.0.0.8/wp-content/")
                    .replace("https://clinic.example", "https://clinic-" + System.nanoTime() + ".invalid")
                    .getBytes(StandardCharsets.UTF_8);
        }
        Response started = as("admin").contentType("application/rss+xml").body(export)
                .queryParam("includePages", true).post("/imports/wordpress");
        started.then().statusCode(202).body("source", equalTo("EXPORT_FILE"));
        JsonPath job = finished(started.header("Location"));

        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getMap("progress.articles")).containsEntry("total", 2).containsEntry("created", 2);
        assertThat(job.getString("items.find { it.kind == 'media' }.outcome")).isEqualTo("FAILED");
        assertThat(job.getString("items.find { it.kind == 'media' }.notes[0]"))
                .as("the export's image addresses are read under the same rules").contains("10.0.0.8")
                .contains("private, loopback or link-local");
        assertThat(job.getList("items.find { it.origin == 'page 52' }.notes", String.class))
                .contains("it was a draft in WordPress: imported as a draft");
        as("editor").get("/editor/articles/ligaments-after-surgery").then().statusCode(200)
                .body("author", equalTo("ross-hauser"))
                .body("summary", equalTo("How soft tissue keeps the spine stable."))
                .body("body[0].content[1].marks[0].reference", equalTo(1))
                .body("body[0].content[3].marks[0].to", equalTo(Map.of("kind", "ARTICLE", "slug", "knee-pain")));
    }

    @Test
    void aBodyThatIsNotAnExportOrTooLargeIsRefused() {
        as("admin").contentType("application/xml").body("<html><body>hello</body></html>")
                .post("/imports/wordpress").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("The body is not a WordPress export file (WXR)"));
        byte[] large = new byte[21 * 1024 * 1024];
        as("admin").contentType("application/xml").body(large)
                .post("/imports/wordpress").then().statusCode(413)
                .contentType("application/problem+json");
        as("admin").get("/imports/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        as("admin").get("/imports/not-an-id").then().statusCode(400).contentType("application/problem+json");
        // The two bodies are told apart by Content-Type; one that is no media type at all is refused, not a 500.
        given().auth().preemptive().basic("admin", "admin-dev-password").header("Content-Type", ";").body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/imports/wordpress").then().statusCode(415)
                .contentType("application/problem+json");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
