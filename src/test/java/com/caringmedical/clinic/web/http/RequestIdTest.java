package com.caringmedical.clinic.web.http;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import com.caringmedical.clinic.testing.CapturedLog;

/**
 * Every answer carries an X-Request-Id, the load balancer's own when it sent a sane one, and every log line
 * written while handling the request carries the same id, so one request can be followed through the logs.
 */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"; // a random (version 4) UUID

    @Test
    void everyAnswerHasAFreshIdUnlessTheCallerSentASaneOne() {
        String first = api().get("/locations").then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID_PATTERN)).extract().header(RequestIds.HEADER);
        String second = api().get("/locations").then().extract().header(RequestIds.HEADER);
        assertNotEquals(first, second);
        api().header(RequestIds.HEADER, "lb-7f3a.42").get("/locations")
                .then().header(RequestIds.HEADER, equalTo("lb-7f3a.42"));
        api().header(RequestIds.HEADER, "no spaces <script>").get("/locations")
                .then().header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
    }

    @Test
    void errorsAndSwaggerUiCarryAnIdToo() {
        api().get("/articles/no-such-article").then().statusCode(404).header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
        given().get("/q/openapi").then().statusCode(200).header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
    }

    @Test
    void theLogLinesOfARequestCarryItsId() {
        Response[] created = new Response[1];
        List<String> lines = CapturedLog.during(Level.INFO, () -> created[0] = as("editor")
                .contentType("application/json")
                .body(Map.of("authors", List.of(Map.of("family", "Tracer")), "title", "Request ids in logs",
                        "journal", "Ops Journal", "year", 2026))
                .post("/editor/references"));
        created[0].then().statusCode(201);
        String id = created[0].header(RequestIds.HEADER);
        try {
            assertTrue(lines.stream().anyMatch(line -> line.contains("created the reference")
                    && line.endsWith("[requestId=" + id + "]")), "the editor's log line carries " + id + ": " + lines);
        } finally {
            assertEquals(204, as("editor").header("If-Match", "*").delete(created[0].header("Location")).statusCode());
        }
    }
}
