package com.caringmedical.clinic.question;

import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

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
}
