package com.caringmedical.clinic.question.retention;

import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.newIdempotencyKey;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.caringmedical.clinic.testing.StoredQuestions;

/**
 * A patient's right to erasure, done by an admin, and the retention job: spam deleted after 30 days, closed
 * questions erased a year after closing. The anonymised record and its history stay.
 */
@QuarkusTest
class QuestionErasureTest {

    @Inject
    StoredQuestions stored;

    @Inject
    QuestionRetention retention;

    @Test
    void anAdminErasesAPatientsPersonalDataAndTheRecordAndHistoryStay() {
        String key = newIdempotencyKey();
        Map<String, Object> form = solvedForm();
        UUID id = UUID.fromString(fromNewClient().header("Idempotency-Key", key).body(form).post("/questions")
                .then().statusCode(202).extract().path("id"));
        as("staff").contentType("application/json").body(Map.of("text", "Maria asked for a call on Monday."))
                .post("/questions/" + id + "/notes").then().statusCode(201);

        as("admin").delete("/questions/" + id + "/personal-data")
                .then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("status", equalTo("NEW"))
                .body("location", equalTo("oak-park"))
                .body("erasedAt", notNullValue())
                .body("$", not(hasKey("firstName")))
                .body("$", not(hasKey("lastName")))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("question")));

        as("staff").get("/questions/" + id)
                .then().statusCode(200)
                .body("$", not(hasKey("email")))
                .body("erasedAt", notNullValue());
        as("staff").get("/questions/" + id + "/notes").then().statusCode(200).body("size()", equalTo(0));
        as("staff").get("/questions/" + id + "/history")
                .then().body("items.action", hasItems("NOTE_ADDED", "ERASED"))
                .body("items.find { it.action == 'ERASED' }.actor", equalTo("admin"));
        assertEquals(null, stored.column(id, "email"));
        assertEquals(null, stored.column(id, "question_text"));
        assertEquals(0, stored.countReferring("question_idempotency_key", id), "the key that pointed at it is gone");
    }

    @Test
    void erasingTwiceChangesNothingTheSecondTime() {
        UUID id = submit(solvedForm());
        String first = as("admin").delete("/questions/" + id + "/personal-data").then().statusCode(200)
                .extract().path("erasedAt");
        as("admin").delete("/questions/" + id + "/personal-data").then().statusCode(200)
                .body("erasedAt", equalTo(first));
        as("staff").get("/questions/" + id + "/history")
                .then().body("items.findAll { it.action == 'ERASED' }.size()", equalTo(1));
        as("admin").delete("/questions/" + UUID.randomUUID() + "/personal-data").then().statusCode(404);
    }

    @Test
    void anErasedQuestionCanStillMoveThroughTheWorkflow() {
        UUID id = submit(solvedForm());
        as("admin").delete("/questions/" + id + "/personal-data").then().statusCode(200);
        as("staff").contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("status", "SPAM")).patch("/questions/" + id)
                .then().statusCode(200).body("status", equalTo("SPAM"));
    }

    @Test
    void retentionDeletesSpamAfterThirtyDaysAndKeepsNewerSpam() {
        UUID old = submit(spam());
        UUID recent = submit(spam());
        stored.statusChangedAgo(old, Duration.ofDays(31));
        stored.statusChangedAgo(recent, Duration.ofDays(29));

        QuestionRetention.Run run = retention.enforce(Instant.now());

        assertTrue(run.spamDeleted() >= 1, "deleted: " + run);
        assertFalse(stored.exists(old), "31-day-old spam is deleted");
        assertTrue(stored.exists(recent), "29-day-old spam is kept");
        as("staff").get("/questions/" + old).then().statusCode(404);
    }

    @Test
    void retentionErasesQuestionsClosedMoreThanAYearAgo() {
        UUID old = closedQuestion();
        UUID recent = closedQuestion();
        stored.statusChangedAgo(old, Duration.ofDays(366));
        stored.statusChangedAgo(recent, Duration.ofDays(300));

        retention.enforce(Instant.now());

        as("staff").get("/questions/" + old)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("erasedAt", notNullValue())
                .body("$", not(hasKey("email")));
        as("staff").get("/questions/" + old + "/history")
                .then().body("items.actor", hasItem("retention-job"));
        as("staff").get("/questions/" + recent)
                .then().statusCode(200)
                .body("email", equalTo("maria.lopez@example.com"));
        assertEquals(0, retention.enforce(Instant.now()).closedErased(), "a second run finds nothing left to do");
    }

    @Test
    void retentionErasesOpenQuestionsNobodyMovedForAYear() {
        UUID forgotten = submit(solvedForm());
        UUID answered = movedTo("ANSWERED");
        UUID recent = movedTo("IN_PROGRESS");
        stored.statusChangedAgo(forgotten, Duration.ofDays(366));
        stored.statusChangedAgo(answered, Duration.ofDays(366));
        stored.statusChangedAgo(recent, Duration.ofDays(300));

        QuestionRetention.Run run = retention.enforce(Instant.now());

        assertTrue(run.openErased() >= 2, "erased: " + run);
        for (UUID old : List.of(forgotten, answered)) {
            as("staff").get("/questions/" + old)
                    .then().statusCode(200)
                    .body("erasedAt", notNullValue())
                    .body("$", not(hasKey("email")));
        }
        as("staff").get("/questions/" + forgotten).then().body("status", equalTo("NEW"));
        as("staff").get("/questions/" + answered + "/history").then().body("items.actor", hasItem("retention-job"));
        as("staff").get("/questions/" + recent)
                .then().statusCode(200)
                .body("email", equalTo("maria.lopez@example.com"));
    }

    private static Map<String, Object> spam() {
        Map<String, Object> spam = solvedForm();
        spam.put("website", "http://spam.example");
        return spam;
    }

    private static UUID closedQuestion() {
        return movedTo("CLOSED");
    }

    /** A new question moved along the workflow up to {@code target}. */
    private static UUID movedTo(String target) {
        UUID id = submit(solvedForm());
        for (String status : List.of("IN_PROGRESS", "ANSWERED", "CLOSED")) {
            as("staff").contentType("application/merge-patch+json").header("If-Match", "*")
                    .body(Map.of("status", status)).patch("/questions/" + id).then().statusCode(200);
            if (status.equals(target)) {
                break;
            }
        }
        return id;
    }
}
