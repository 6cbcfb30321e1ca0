package com.caringmedical.clinic.media;

import static com.caringmedical.clinic.media.MediaUploads.upload;
import static com.caringmedical.clinic.media.MediaUploads.uploaded;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What the public gets of an uploaded image: its metadata with srcsets, and each variant at a stable URL, cached for
 * a year, revalidated with 304, and holding nothing but pixels: no EXIF, no GPS position.
 */
@QuarkusTest
class MediaResourceTest {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** What a variant may hold besides pixels: JPEG's JFIF header and tables, PNG's and WebP's framing. */
    private static final Set<String> PIXEL_STRUCTURE = Set.of("APP0", "DB", "C0", "C2", "C4", "DD", "SOS", "IHDR",
            "PLTE", "tRNS", "IDAT", "IEND", "VP8 ", "VP8L", "VP8X", "ALPH");

    @Test
    void aPhoneJpegWithAGpsPositionIsServedWithoutAnyMetadataInEveryVariant() throws Exception {
        byte[] photo = TestImages.phoneJpeg(2000, 1500, 1);
        assertThat(TestImages.structure(photo)).contains("APP1"); // the checks below do see EXIF where it is
        assertThat(TestImages.contains(photo, TestImages.SECRET_PLACE) && TestImages.contains(photo, "Exif")).isTrue();
        long id = uploaded(photo);
        JsonPath image = api().get("/media/" + id).then().statusCode(200).extract().jsonPath();
        List<String> urls = image.getList("variants.url");
        assertThat(urls).hasSize(8);
        for (String url : urls) {
            byte[] bytes = given().get(url).then().statusCode(200).extract().asByteArray();
            assertThat(TestImages.structure(bytes)).as(url).isSubsetOf(PIXEL_STRUCTURE);
            assertThat(TestImages.contains(bytes, "Exif")).as(url).isFalse();
            assertThat(TestImages.contains(bytes, "GPS")).as(url).isFalse();
            assertThat(TestImages.contains(bytes, TestImages.SECRET_PLACE)).as(url).isFalse();
            if (url.endsWith(".jpg")) {
                assertThat(jpegMarkerNodes(bytes)).as(url).doesNotContain("unknown", "com");
            }
        }
    }

    @Test
    void aPhotoTakenSidewaysComesBackUpright() {
        long id = uploaded(TestImages.phoneJpeg(800, 400, 6)); // stored 800 x 400, turned a quarter clockwise
        api().get("/media/" + id).then().statusCode(200)
                .body("width", equalTo(400))
                .body("height", equalTo(800))
                .body("variants.width", contains(320, 320, 400, 400))
                .body("variants.height", contains(640, 640, 800, 800));
        BufferedImage upright = TestImages.read(given().get("/media/" + id + "/400.jpg").then().statusCode(200)
                .extract().asByteArray());
        assertThat(upright.getWidth()).isEqualTo(400);
        assertThat(upright.getHeight()).isEqualTo(800);
        assertThat(new Color(upright.getRGB(200, 50)).getRed()).isGreaterThan(200);  // the left half is on top
        assertThat(new Color(upright.getRGB(200, 750)).getBlue()).isGreaterThan(200);
    }

    @Test
    void theMetadataListsEveryVariantAndASrcsetPerType() {
        long id = upload(TestImages.phoneJpeg(1200, 900, 1), "IMG_0042.JPG", "image/jpeg",
                Map.of("alt", "Lumbar stretch", "caption", "Ease back pain", "credit", "Photo: Clinic staff"))
                .statusCode(201).extract().jsonPath().getLong("id");
        String base = "/media/" + id + "/";
        api().get("/media/" + id).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("alt", equalTo("Lumbar stretch"))
                .body("caption", equalTo("Ease back pain"))
                .body("credit", equalTo("Photo: Clinic staff"))
                .body("decorative", equalTo(false))
                .body("width", equalTo(1200))
                .body("height", equalTo(900))
                .body("variants.width", contains(320, 320, 640, 640, 1024, 1024, 1200, 1200))
                .body("variants.type", contains("image/jpeg", "image/webp", "image/jpeg", "image/webp", "image/jpeg",
                        "image/webp", "image/jpeg", "image/webp"))
                .body("variants.url", everyItem(startsWith(base)))
                .body("sources.type", contains("image/webp", "image/jpeg"))
                .body("sources[0].srcset", equalTo(base + "320.webp 320w, " + base + "640.webp 640w, " + base
                        + "1024.webp 1024w, " + base + "1200.webp 1200w"))
                .body("sources[1].srcset", equalTo(base + "320.jpg 320w, " + base + "640.jpg 640w, " + base
                        + "1024.jpg 1024w, " + base + "1200.jpg 1200w"))
                .body("src", equalTo(base + "1200.jpg"));
    }

    @Test
    void everyVariantIsCachedForAYearAndRevalidatesWith304() {
        long id = uploaded(TestImages.jpeg(700, 500));
        JsonPath image = api().get("/media/" + id).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> variants = image.getList("variants");
        for (Map<String, Object> variant : variants) {
            String url = (String) variant.get("url");
            Response file = given().get(url);
            file.then().statusCode(200)
                    .contentType(equalTo(variant.get("type")))
                    .header("Cache-Control", IMMUTABLE)
                    .header("Content-Length", String.valueOf(variant.get("bytes")));
            String tag = file.header("ETag");
            assertThat(tag).as(url).matches("\"[A-Za-z0-9_-]{24}\"");
            byte[] bytes = file.asByteArray();
            assertThat(bytes).hasSize((Integer) variant.get("bytes"));
            assertThat(ImageType.sniff(bytes).orElseThrow().contentType()).isEqualTo(variant.get("type"));
            assertThat(TestImages.read(bytes).getWidth()).isEqualTo(variant.get("width"));
            given().header("If-None-Match", tag).get(url).then().statusCode(304).header("ETag", tag);
        }
    }

    @Test
    void unknownImagesWidthsAndTypesAreA404Problem() {
        long id = uploaded(TestImages.jpeg(700, 500));
        for (String path : List.of("/media/" + id + "/641.webp", "/media/" + id + "/640.gif",
                "/media/" + id + "/640.jpeg", "/media/" + id + "/x", "/media/" + id + "/0640.webp",
                "/media/" + id + "/1600.jpg", "/media/999999999/640.webp")) {
            given().get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:clinic:not-found"));
        }
        api().get("/media/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    /** The JPEG metadata tree ImageIO reads: its markerSequence names an APPn it does not know "unknown". */
    private static List<String> jpegMarkerNodes(byte[] jpeg) throws Exception {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            reader.setInput(input);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            List<String> names = new java.util.ArrayList<>();
            for (Node section = tree.getFirstChild(); section != null; section = section.getNextSibling()) {
                for (Node marker = section.getFirstChild(); marker != null; marker = marker.getNextSibling()) {
                    names.add(marker.getNodeName());
                }
            }
            reader.dispose();
            return names;
        }
    }
}
