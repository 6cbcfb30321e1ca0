package com.caringmedical.clinic.question.submission;

import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.icegreen.greenmail.util.GreenMail;

import com.caringmedical.clinic.testing.MailServer;
import com.caringmedical.clinic.testing.ReceivedMail;
import com.caringmedical.clinic.testing.StoredQuestions;

/** Staff see whether the clinic was told about a question, and send a mail that gave up once more. */
@QuarkusTest
class QuestionNotificationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @MailServer.Inject
    GreenMail smtp;

    @Inject
    StoredQuestions stored;

    @Test
    void staffSeeTheStaffMailGoFromPendingToSent() {
        UUID id = submit(solvedForm());
        await().atMost(PATIENCE).untilAsserted(() -> as("staff").get("/questions/" + id + "/notifications")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("size()", equalTo(1))
                .body("[0].kind", equalTo("STAFF_NOTIFICATION"))
                .body("[0].recipient", equalTo("oak-park@clinic.test"))
                .body("[0].status", equalTo("SENT"))
                .body("[0].sentAt", notNullValue()));
    }

    @Test
    void aMailThatGaveUpCanBeRetriedAndThenArrivesOnce() {
        UUID id = submit(solvedForm());
        UUID notification = stored.staffNotification(id).id();
        await().atMost(PATIENCE).until(() -> stored.staffNotification(id).status().equals("SENT"));
        stored.giveUp(notification, "Connection refused: smtp.clinic.test/25");
        as("staff").get("/questions/" + id + "/notifications")
                .then().body("[0].status", equalTo("DEAD"))
                .body("[0].attempts", equalTo(12))
                .body("[0].lastError", equalTo("Connection refused: smtp.clinic.test/25"));

        as("staff").post("/questions/" + id + "/notifications/" + notification + "/retry")
                .then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0))
                .body("nextAttemptAt", notNullValue());

        await().atMost(PATIENCE).untilAsserted(() -> as("staff").get("/questions/" + id + "/notifications")
                .then().body("[0].status", equalTo("SENT")));
        // The first delivery and the retried one: the same Message-ID twice, as a resend should be.
        assertEquals(2, ReceivedMail.withMessageId(smtp, "<" + notification + "@notifications.clinic-api>").size());
        as("staff").get("/questions/" + id + "/history")
                .then().body("items.action", hasItem("NOTIFICATION_RETRIED"));
    }

    @Test
    void onlyAMailThatGaveUpCanBeRetried() {
        UUID id = submit(solvedForm());
        UUID notification = stored.staffNotification(id).id();
        await().atMost(PATIENCE).until(() -> stored.staffNotification(id).status().equals("SENT"));
        as("staff").post("/questions/" + id + "/notifications/" + notification + "/retry")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:conflict"))
                .body("detail", equalTo("This notification is SENT; only one that gave up (DEAD) can be retried."));
        UUID other = submit(solvedForm());
        as("staff").post("/questions/" + other + "/notifications/" + notification + "/retry")
                .then().statusCode(404);
    }
}
