package com.caringmedical.clinic.production;

import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.testing.MailServer;
import com.caringmedical.clinic.testing.ReceivedMail;
import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged service as production runs it ({@code java -jar target/quarkus-app/quarkus-run.jar}, the prod
 * profile, a real PostgreSQL, settings from outside): what a front-end, a patient, staff and the operator's probes
 * see. Run by {@code ./mvnw verify -Dproduction}; these requests are also the training run the JDK's AOT cache is
 * recorded from (README, "Run it and test it"), so they walk the kinds of request the service answers most: public
 * reads and revalidations, errors, exports, questions, staff sign-in and review, an image upload, probes.
 */
@QuarkusIntegrationTest
@WithTestResource(ProductionSettings.class)
class PackagedServiceIT {

    private static final String ARTICLE = "/articles/failed-back-surgery-syndrome-treatment-options";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @MailServer.Inject
    GreenMail smtp;

    @Test
    void theFrontEndReadsTheSeededContentAndRevalidatesIt() {
        for (String path : List.of(ARTICLE, "/articles", "/treatments", "/treatments/transforaminal-steroid-injection",
                "/locations", "/locations/oak-park", "/references", "/references/7", "/search?q=prolotherapy")) {
            for (int round = 0; round < 3; round++) {
                String etag = api().get(path).then().statusCode(200).contentType(ContentType.JSON)
                        .extract().header("ETag");
                api().header("If-None-Match", etag).get(path).then().statusCode(304);
            }
        }
        api().get(ARTICLE).then().body("title", containsString("back surgery"));
        api().get("/articles?page=1&size=1").then().body("totalItems", equalTo(1));
        api().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
        api().get("/references?size=0").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void referencesAreExportedForReferenceManagers() {
        for (String type : List.of("application/x-bibtex", "application/x-research-info-systems",
                "application/vnd.citationstyles.csl+json")) {
            given().accept(type).get("/references/7").then().statusCode(200).contentType(containsString(type));
        }
    }

    @Test
    void aPatientsQuestionIsStoredAndTheStaffMailGoesOutWithoutTheirDetails() {
        Map<String, Object> form = solvedForm();
        String id = fromNewClient().header("Idempotency-Key", "it-" + System.nanoTime()).body(form)
                .post("/questions").then().statusCode(202).extract().path("id");

        ReceivedMail mail = await().atMost(PATIENCE).until(() -> staffMailAbout(id), Optional::isPresent).get();
        assertFalse(mail.text().contains((String) form.get("email")), "the patient's address stays out of mail");
        assertFalse(mail.text().contains((String) form.get("question")), "the question stays out of mail");
    }

    @Test
    void staffSignInWithAnAccountTheFirstAdminMadeAndFindTheQuestion() {
        String id = fromNewClient().body(solvedForm()).post("/questions").then().statusCode(202).extract().path("id");
        String password = "a-long-enough-passphrase-" + System.nanoTime();
        given().auth().preemptive().basic("admin", ProductionSettings.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", "reviewer", "password", password, "roles", List.of("staff")))
                .post("/staff/accounts").then().statusCode(201);
        given().auth().preemptive().basic("admin", ProductionSettings.ADMIN_PASSWORD).get("/questions")
                .then().statusCode(403);
        given().get("/questions").then().statusCode(401);

        api().auth().preemptive().basic("reviewer", password).get("/questions?status=new")
                .then().statusCode(200).header("Cache-Control", "private, no-store").body("items.id", hasItem(id));
        api().auth().preemptive().basic("reviewer", password).get("/questions/" + id + "/history")
                .then().statusCode(200);
    }

    /**
     * The image library's native WebP encoder and its memory limits, on the JDK and options production runs: an
     * editor uploads a photo and every variant is served, immutable.
     */
    @Test
    void anEditorUploadsAPhotoAndEveryVariantIsServed() throws IOException {
        String password = "a-long-enough-passphrase-" + System.nanoTime();
        given().auth().preemptive().basic("admin", ProductionSettings.ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", "photo-editor", "password", password, "roles", List.of("editor")))
                .post("/staff/accounts").then().statusCode(201);
        long id = given().auth().preemptive().basic("photo-editor", password)
                .multiPart("file", "IMG_0042.jpg", photo(2400, 1600), "image/jpeg")
                .multiPart("alt", "A lumbar stretch")
                .post("/editor/media").then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> urls = api().get("/media/" + id).then().statusCode(200).extract().jsonPath().getList("variants.url");
        assertEquals(8, urls.size(), "variants: " + urls);
        for (String url : urls) {
            String etag = given().get(url).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .extract().header("ETag");
            given().header("If-None-Match", etag).get(url).then().statusCode(304);
        }
    }

    private static byte[] photo(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    void probesAndMetricsAreOnTheManagementPortOnly() {
        String management = "http://127.0.0.1:" + ProductionSettings.MANAGEMENT_PORT;
        given().get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get(management + "/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(not(containsString("Exception")));
    }

    /** The mail to the clinic's inbox that names this question, once it has arrived. */
    private Optional<ReceivedMail> staffMailAbout(String question) {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of)
                .filter(mail -> mail.to().equals(List.of(ProductionSettings.INBOX)) && mail.text().contains(question))
                .findFirst();
    }
}
