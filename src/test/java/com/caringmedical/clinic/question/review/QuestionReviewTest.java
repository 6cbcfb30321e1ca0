package com.caringmedical.clinic.question.review;

import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.testing.QuestionForms.submitAsking;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Staff read patients' questions, signed in with the staff role. */
@QuarkusTest
class QuestionReviewTest {

    @Test
    void staffSeeAQuestionJustSubmittedWithItsContactDetails() {
        UUID id = submit(solvedForm());
        as("staff").get("/questions/" + id)
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("id", equalTo(id.toString()))
                .body("status", equalTo("NEW"))
                .body("firstName", equalTo("Maria"))
                .body("email", equalTo("maria.lopez@example.com"))
                .body("phone", equalTo("+1 708 555 0134"))
                .body("location", equalTo("oak-park"))
                .body("question", equalTo("Could prolotherapy help with the pain in my lower back after a fall last year?"));
    }

    @Test
    void theListIsNewestFirstAndPrivate() {
        UUID newest = submit(solvedForm());
        as("staff").queryParam("size", 5).get("/questions")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("Link", notNullValue())
                .body("items[0].id", equalTo(newest.toString()));
    }

    @Test
    void theListFiltersByStatusAndOffice() {
        Map<String, Object> spam = solvedForm();
        spam.put("website", "http://spam.example");
        UUID caught = submit(spam);
        Map<String, Object> florida = solvedForm();
        florida.put("location", "fort-myers");
        UUID fortMyers = submit(florida);
        as("staff").queryParam("status", "spam").queryParam("size", 100).get("/questions")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("SPAM")))
                .body("items.id", hasItem(caught.toString()));
        as("staff").queryParam("location", "fort-myers").queryParam("size", 100).get("/questions")
                .then().statusCode(200)
                .body("items.location", everyItem(equalTo("fort-myers")))
                .body("items.id", hasItem(fortMyers.toString()));
    }

    @Test
    void anUnknownQuestionIsA404AndAMalformedIdA400() {
        as("staff").get("/questions/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
        as("staff").get("/questions/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theListFindsTextInNamesAddressesAndQuestionsInAnyLetterCase() {
        String word = "Kangaroo" + UUID.randomUUID().toString().substring(0, 6);
        UUID byText = submitAsking("Is " + word + " tape useful for a sore shoulder?");
        Map<String, Object> other = solvedForm();
        other.put("email", word.toLowerCase() + "@example.com");
        UUID byEmail = submit(other);
        as("staff").queryParam("q", word.toUpperCase()).get("/questions")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder(byText.toString(), byEmail.toString()));
        as("staff").queryParam("q", "100%_sure").get("/questions")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theListFiltersByTheDayReceivedInTheClinicsTimeZone() {
        UUID id = submit(solvedForm());
        String today = LocalDate.now(ZoneId.of("America/Chicago")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(1).toString();
        as("staff").queryParam("receivedFrom", today).queryParam("receivedTo", today).queryParam("size", 100)
                .get("/questions")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
        as("staff").queryParam("receivedFrom", tomorrow).get("/questions")
                .then().statusCode(200).body("totalItems", equalTo(0));
        as("staff").queryParam("receivedTo", OffsetDateTime.now().minusHours(1).toString()).queryParam("size", 100)
                .get("/questions")
                .then().statusCode(200).body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void theListFiltersByAssignee() {
        UUID id = submit(solvedForm());
        as("staff").contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("assignee", "staff")).patch("/questions/" + id).then().statusCode(200);
        as("staff").queryParam("assignee", "staff").queryParam("size", 100).get("/questions")
                .then().statusCode(200)
                .body("items.assignee", everyItem(equalTo("staff")))
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void badFiltersAreA400NamingTheParameter() {
        as("staff").queryParam("receivedFrom", "24/11/2026").get("/questions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("receivedFrom"))
                .body("errors[0].message", startsWith("must be a date (2026-11-24) or a date and time"));
        as("staff").queryParam("receivedFrom", "2026-11-02").queryParam("receivedTo", "2026-11-01")
                .get("/questions")
                .then().statusCode(400).body("errors[0].field", equalTo("receivedTo"));
        as("staff").queryParam("q", " ").get("/questions")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
        as("staff").queryParam("sort", "email").get("/questions")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
