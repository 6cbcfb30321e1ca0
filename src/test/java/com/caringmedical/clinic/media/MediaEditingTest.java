package com.caringmedical.clinic.media;

import static com.caringmedical.clinic.media.MediaUploads.upload;
import static com.caringmedical.clinic.media.MediaUploads.uploaded;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Editors upload images, change their texts with If-Match and delete the ones no content shows. Only JPEG, PNG and
 * WebP are taken, judged by their bytes; oversized and damaged files are refused with a problem document.
 */
@QuarkusTest
class MediaEditingTest {

    @Test
    void anUploadAnswers201WithLocationETagAndTheEditorsView() {
        upload(TestImages.phoneJpeg(2000, 1500, 1), "IMG_0042.JPG", "image/jpeg",
                Map.of("alt", "Lumbar stretch", "credit", "Photo: Clinic staff"))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/editor/media/[0-9]+"))
                .header("ETag", "\"v0\"")
                .body("alt", equalTo("Lumbar stretch"))
                .body("credit", equalTo("Photo: Clinic staff"))
                .body("decorative", equalTo(false))
                .body("width", equalTo(2000))
                .body("originalType", equalTo("image/jpeg"))
                .body("uploadedBy", equalTo("editor"))
                .body("usedBy", empty())
                .body("variants.width", contains(320, 320, 640, 640, 1024, 1024, 1600, 1600));
    }

    @Test
    void altTextIsRequiredUnlessTheImageIsDecorative() {
        upload(TestImages.jpeg(400, 300), "photo.jpg", "image/jpeg", Map.of())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("alt"))
                .body("errors[0].message", equalTo("is required unless decorative is true"));
        upload(TestImages.jpeg(400, 300), "photo.jpg", "image/jpeg", Map.of("alt", "  ", "decorative", "false"))
                .statusCode(400)
                .body("errors.field", contains("alt"));
        long id = upload(TestImages.jpeg(400, 300), "divider.jpg", "image/jpeg", Map.of("decorative", "true"))
                .statusCode(201)
                .body("decorative", equalTo(true))
                .extract().jsonPath().getLong("id");
        api().get("/media/" + id).then().statusCode(200).body("alt", equalTo("")).body("decorative", equalTo(true));
        upload(TestImages.jpeg(400, 300), "photo.jpg", "image/jpeg", Map.of("alt", "x", "decorative", "maybe"))
                .statusCode(400)
                .body("errors.field", contains("decorative"));
    }

    @Test
    void longTextsAreCheckedLikeTheJsonForm() {
        String caption = "é".repeat(2000); // 4,000 bytes in UTF-8
        upload(TestImages.jpeg(400, 300), "photo.jpg", "image/jpeg", Map.of("alt", "Stretch", "caption", caption))
                .statusCode(201)
                .body("caption", equalTo(caption));
        upload(TestImages.jpeg(400, 300), "photo.jpg", "image/jpeg", Map.of("alt", "Stretch", "caption", caption + "x",
                "credit", "c".repeat(301)))
                .statusCode(400)
                .body("errors.field", contains("caption", "credit"));
        upload(TestImages.jpeg(400, 300), "photo.jpg", "image/jpeg", Map.of("alt", "nul\u0000inside"))
                .statusCode(400)
                .body("errors.field", contains("alt"));
    }

    @Test
    void aPngSentAsJpegIsReadAsThePngItIs() {
        upload(TestImages.png(500, 300, true), "photo.jpg", "image/jpeg", Map.of("alt", "A diagram"))
                .statusCode(201)
                .body("originalType", equalTo("image/png"))
                .body("variants.type", contains("image/png", "image/webp", "image/png", "image/webp"));
    }

    @Test
    void webpUploadsAreTaken() {
        upload(TestImages.webp(500, 300, false), "photo.webp", "image/webp", Map.of("alt", "A diagram"))
                .statusCode(201)
                .body("originalType", equalTo("image/webp"))
                .body("variants.type", contains("image/jpeg", "image/webp", "image/jpeg", "image/webp"));
    }

    @Test
    void otherFormatsTextAndDamagedFilesAreRefusedWithAProblem() {
        upload(TestImages.gif(50, 50), "anim.gif", "image/gif", Map.of("alt", "x"))
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:unsupported-media-type"));
        upload("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), "x.png", "image/png",
                Map.of("alt", "x")).statusCode(415);
        upload("hello".getBytes(StandardCharsets.UTF_8), "notes.txt", "text/plain", Map.of("alt", "x")).statusCode(415);
        byte[] photo = TestImages.jpeg(800, 600);
        upload(Arrays.copyOf(photo, photo.length / 2), "cut.jpg", "image/jpeg", Map.of("alt", "x"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:unreadable-image"));
        as("editor").multiPart("alt", "no file").post("/editor/media").then()
                .statusCode(400)
                .body("errors.field", contains("file"));
    }

    @Test
    void aPixelBombIsRefusedQuicklyAndTheServiceGoesOn() {
        long started = System.nanoTime();
        upload(TestImages.pngBomb(20_000, 20_000), "bomb.png", "image/png", Map.of("alt", "x"))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:image-too-large"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        upload(TestImages.pngBomb(9_000, 9_000), "bomb.png", "image/png", Map.of("alt", "x"))
                .statusCode(413)
                .body("detail", containsString("81000000 pixels"));
        upload(TestImages.jpeg(640, 480)).statusCode(201);
    }

    @Test
    void textsChangeWithTheCurrentVersionOnly() {
        long id = uploaded(TestImages.jpeg(640, 480));
        String path = "/editor/media/" + id;
        as("editor").get(path).then().statusCode(200)
                .header("ETag", "\"v0\"")
                .header("Cache-Control", "private, no-store")
                .body("alt", equalTo("A physical therapist at work"));
        Map<String, Object> texts = texts("Better words", false);
        as("editor").contentType("application/json").header("If-Match", "\"v0\"").body(texts).put(path)
                .then().statusCode(200)
                .header("ETag", "\"v1\"")
                .body("alt", equalTo("Better words"))
                .body("variants.width", contains(320, 320, 640, 640));
        api().get("/media/" + id).then().body("alt", equalTo("Better words"));
        as("editor").contentType("application/json").header("If-Match", "\"v0\"").body(texts).put(path)
                .then().statusCode(412)
                .body("type", equalTo("urn:problem-type:clinic:precondition-failed"));
        as("editor").contentType("application/json").body(texts).put(path).then().statusCode(428);
        as("editor").contentType("application/json").header("If-Match", "\"v1\"").body(texts(null, false)).put(path)
                .then().statusCode(400)
                .body("errors.field", contains("alt"));
    }

    @Test
    void anImageThatContentShowsCannotBeDeleted() {
        long id = uploaded(TestImages.jpeg(640, 480));
        String path = "/editor/media/" + id;
        ShownImages.show(id, new MediaUse("article", "low-back-pain"));
        try {
            as("editor").get(path).then().statusCode(200)
                    .body("usedBy.kind", contains("article"))
                    .body("usedBy.key", contains("low-back-pain"));
            as("editor").header("If-Match", "\"v0\"").delete(path).then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("article 'low-back-pain'"));
        } finally {
            ShownImages.hide(id);
        }
        as("editor").header("If-Match", "\"v0\"").delete(path).then().statusCode(204);
        as("editor").get(path).then().statusCode(404);
        api().get("/media/" + id).then().statusCode(404);
        given().get("/media/" + id + "/640.jpg").then().statusCode(404);
    }

    @Test
    void editorsListEveryImageNewestFirst() {
        long id = uploaded(TestImages.jpeg(640, 480));
        as("editor").queryParam("size", 5).get("/editor/media").then().statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .body("items[0].id", equalTo((int) id))
                .body("items.id", hasItem((int) id));
    }

    @Test
    void onlyEditorsUploadAndEdit() {
        byte[] photo = TestImages.jpeg(320, 240);
        MediaUploads.upload(api(), photo, "photo.jpg", "image/jpeg", Map.of("alt", "x"))
                .statusCode(401)
                .contentType("application/problem+json");
        MediaUploads.upload(as("staff"), photo, "photo.jpg", "image/jpeg", Map.of("alt", "x"))
                .statusCode(403)
                .contentType("application/problem+json");
        long id = uploaded(photo);
        api().get("/editor/media").then().statusCode(401);
        as("staff").get("/editor/media/" + id).then().statusCode(403);
        as("staff").header("If-Match", "\"v0\"").delete("/editor/media/" + id).then().statusCode(403);
        api().get("/media/" + id).then().statusCode(200);
    }

    @Test
    void theLocationLeadsToTheEditorsCopy() {
        String location = upload(TestImages.jpeg(320, 240)).statusCode(201).extract().header("Location");
        assertThat(location).matches(".*/editor/media/[0-9]+");
        as("editor").get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .header("ETag", "\"v0\"")
                .body("src", endsWith("/320.jpg"));
    }

    private static Map<String, Object> texts(String alt, boolean decorative) {
        Map<String, Object> texts = new HashMap<>();
        texts.put("alt", alt);
        texts.put("caption", "Stretching");
        texts.put("credit", "Photo: Clinic staff");
        texts.put("decorative", decorative);
        return texts;
    }
}
