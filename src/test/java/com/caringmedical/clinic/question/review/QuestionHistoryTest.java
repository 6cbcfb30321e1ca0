package com.caringmedical.clinic.question.review;

import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.caringmedical.clinic.question.Patient;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.testing.StaffAccounts;

/** Internal notes, and the history of who read or changed a question, when, and what changed. */
@QuarkusTest
class QuestionHistoryTest {

    @Test
    void theHistoryRecordsEveryReadAndChangeWithWhoAndWhen() {
        UUID id = submit(solvedForm());
        String reviewer = StaffAccounts.create(StaffRole.STAFF);
        String colleague = StaffAccounts.create(StaffRole.STAFF);
        StaffAccounts.as(reviewer).get("/questions/" + id).then().statusCode(200);
        StaffAccounts.as(reviewer).contentType("application/merge-patch+json").header("If-Match", "\"v0\"")
                .body(Map.of("status", "IN_PROGRESS", "assignee", colleague)).patch("/questions/" + id)
                .then().statusCode(200);
        StaffAccounts.as(colleague).contentType("application/json").body(Map.of("text", "Called back; booked."))
                .post("/questions/" + id + "/notes").then().statusCode(201);
        StaffAccounts.as(colleague).queryParam("q", "prolotherapy").queryParam("assignee", colleague)
                .get("/questions").then().statusCode(200);
        StaffAccounts.as(colleague).get("/questions/" + id + "/notes").then().statusCode(200);

        as("staff").get("/questions/" + id + "/history")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.action", contains("VIEWED", "UPDATED", "NOTE_ADDED", "LISTED", "NOTES_VIEWED"))
                .body("items.actor", contains(reviewer, reviewer, colleague, colleague, colleague))
                .body("items.occurredAt", everyItem(notNullValue()))
                .body("items[1].changes.status.from", equalTo("NEW"))
                .body("items[1].changes.status.to", equalTo("IN_PROGRESS"))
                .body("items[1].changes.assignee.to", equalTo(colleague))
                .body("totalItems", equalTo(5));
    }

    @Test
    void theHistoryPagesNewestFirstOnRequestAndHoldsNoPatientData() {
        UUID id = submit(solvedForm());
        for (int i = 0; i < 3; i++) {
            as("staff").get("/questions/" + id).then().statusCode(200);
        }
        String history = as("staff").queryParam("sort", "-occurredAt").queryParam("size", 2)
                .get("/questions/" + id + "/history")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items", hasSize(2))
                .body("totalPages", equalTo(2))
                .extract().asString();
        assertNoPatientData(history);
    }

    @Test
    void notesAreKeptInOrderWithTheirAuthor() {
        UUID id = submit(solvedForm());
        as("staff").contentType("application/json").body(Map.of("text", "  Left a voicemail.  "))
                .post("/questions/" + id + "/notes")
                .then().statusCode(201)
                .header("Location", containsString("/questions/" + id + "/notes"))
                .body("author", equalTo("staff"))
                .body("text", equalTo("Left a voicemail."))
                .body("id", notNullValue());
        as("staff").contentType("application/json").body(Map.of("text", "Patient called back."))
                .post("/questions/" + id + "/notes").then().statusCode(201);
        as("staff").get("/questions/" + id + "/notes")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("text", contains("Left a voicemail.", "Patient called back."));
    }

    @Test
    void aBlankOrHugeNoteIsA400AndANoteOnNoQuestionA404() {
        UUID id = submit(solvedForm());
        as("staff").contentType("application/json").body(Map.of("text", "   "))
                .post("/questions/" + id + "/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        as("staff").contentType("application/json").body(Map.of("text", "x".repeat(4001)))
                .post("/questions/" + id + "/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        as("staff").contentType("application/json").body(Map.of("text", "x".repeat(70_000)))
                .post("/questions/" + id + "/notes")
                .then().statusCode(413).contentType("application/problem+json");
        as("staff").contentType("application/json").body(Map.of("text", "Hello"))
                .post("/questions/" + UUID.randomUUID() + "/notes")
                .then().statusCode(404);
        as("staff").get("/questions/" + id + "/notes").then().statusCode(200).body("$", hasSize(0));
    }

    private static void assertNoPatientData(String body) {
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("maria")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Maria")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("708")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("prolotherapy")));
    }
}
