package com.caringmedical.clinic.question.submission;

import static com.caringmedical.clinic.testing.QuestionForms.from;
import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.newClientAddress;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import com.icegreen.greenmail.util.GreenMail;

import com.caringmedical.clinic.testing.MailServer;

/**
 * What operators see on /q/metrics and /q/health about questions and their mail: on the management interface, a
 * port of its own, never on the public one.
 */
@QuarkusTest
class QuestionMetricsTest {

    @MailServer.Inject
    GreenMail smtp;

    /** The management interface's root is /q, so these are /q/metrics and /q/health/ready on its port. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get(readiness.toString()).then().statusCode(200).body("status", equalTo("UP"));
        assertTrue(readiness.getPath().equals("/q/health/ready") && metrics.getPath().equals("/q/metrics"),
                readiness + " " + metrics);
    }

    @Test
    void eachOutcomeIsCounted() {
        double accepted = received("accepted");
        double spam = received("spam");
        double rejected = received("rejected");
        double limited = received("limited");

        fromNewClient().body(solvedForm()).post("/questions").then().statusCode(202);
        Map<String, Object> bot = solvedForm();
        bot.put("website", "filled");
        fromNewClient().body(bot).post("/questions").then().statusCode(202);
        fromNewClient().body(Map.of("email", "nobody")).post("/questions").then().statusCode(400);
        String address = newClientAddress();
        for (int i = 0; i < 5; i++) {
            from(address).body(solvedForm()).post("/questions").then().statusCode(202);
        }
        from(address).body(solvedForm()).post("/questions").then().statusCode(429);

        assertEquals(accepted + 6, received("accepted"));
        assertEquals(spam + 1, received("spam"));
        assertEquals(rejected + 1, received("rejected"));
        assertEquals(limited + 1, received("limited"));
    }

    @Test
    void theOutboxIsVisible() {
        String metrics = metrics();
        for (String gauge : new String[] { "clinic_notifications_pending ", "clinic_notifications_dead ",
                "clinic_notifications_oldest_pending_age_seconds " }) {
            assertTrue(metrics.contains("\n" + gauge), gauge + " in\n" + metrics);
        }
    }

    @Test
    void anSmtpOutageDoesNotMakeTheServiceUnready() {
        smtp.stop();
        try {
            given().get(readiness.toString()).then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            smtp.start();
        }
    }

    private double received(String outcome) {
        Matcher value = Pattern.compile("(?m)^clinic_questions_received_total\\{outcome=\"" + outcome + "\",?} (\\S+)$")
                .matcher(metrics());
        assertTrue(value.find(), "no counter for " + outcome);
        return Double.parseDouble(value.group(1));
    }

    private String metrics() {
        return given().get(metrics.toString()).then().statusCode(200).extract().asString();
    }
}
