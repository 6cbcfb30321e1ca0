package com.caringmedical.clinic.question.submission;

import static com.caringmedical.clinic.testing.QuestionForms.form;
import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.newIdempotencyKey;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;

import com.caringmedical.clinic.testing.StoredQuestions;

@QuarkusTest
class QuestionResourceTest {

    @Inject
    StoredQuestions stored;

    @Test
    void acceptedQuestionGetsA202ReceiptWithARandomId() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, String> receipt = fromNewClient().body(solvedForm()).post("/questions")
                .then().statusCode(202)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("status", equalTo("RECEIVED"))
                .body("id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                .extract().as(new TypeRef<>() { });
        Instant receivedAt = Instant.parse(receipt.get("receivedAt"));
        assertFalse(receivedAt.isBefore(before) || receivedAt.isAfter(Instant.now()), receivedAt.toString());
        UUID question = UUID.fromString(receipt.get("id"));
        assertEquals("NEW", stored.status(question));
        assertEquals(1, stored.notifications(question).size(), "one staff notification is queued with it");
        assertNotEquals(question, submit(solvedForm()));
    }

    @Test
    void inputIsTrimmedAndNormalisedBeforeItIsStored() {
        Map<String, Object> form = solvedForm();
        form.put("firstName", "  Anna   Maria ");
        form.put("email", " Anna.Smith@Example.COM ");
        form.put("question", "  First line\r\nsecond line\u0007 \r\n");
        form.put("location", " Fort-Myers ");
        form.put("phone", "   ");
        UUID id = submit(form);
        assertEquals("Anna Maria", stored.column(id, "first_name"));
        assertEquals("Anna.Smith@example.com", stored.column(id, "email"));
        assertEquals("First line\nsecond line", stored.column(id, "question_text"));
        assertEquals(null, stored.column(id, "phone"));
        assertEquals("fort-myers@clinic.test", stored.staffNotification(id).recipient());
    }

    @Test
    void everyInvalidFieldIsListed() {
        Map<String, Object> form = solvedForm();
        form.put("firstName", "");
        form.put("email", "not-an-address");
        form.put("question", "Help?");
        form.put("phone", "call me");
        form.put("location", "Oak Park");
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:invalid-parameters"))
                .body("errors.field", containsInAnyOrder("firstName", "email", "question", "phone", "location"))
                .body("errors.find { it.field == 'question' }.message", equalTo("size must be between 10 and 4000"));
    }

    @Test
    void namesWithMarkupOrLineBreaksAreRefused() {
        Map<String, Object> form = solvedForm();
        form.put("firstName", "<b>Eve</b>");
        form.put("lastName", "Smith\r\nBcc: everyone@example.com");
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("firstName", "lastName"))
                .body("errors.message", contains("may contain letters, spaces and . ' - only",
                        "may contain letters, spaces and . ' - only"));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Map<String, Object> form = solvedForm();
        form.put("isAdmin", true);
        form.put("status", "CLOSED");
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:invalid-parameters"))
                .body("errors.field", contains("isAdmin", "status"))
                .body("errors.message", contains("is not a field of this form", "is not a field of this form"));
    }

    @Test
    void anOfficeThatDoesNotExistIsRefused() {
        Map<String, Object> form = solvedForm();
        form.put("location", "springfield");
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("errors.field", contains("location"))
                .body("errors.message", contains("no office has the slug 'springfield'"));
    }

    @Test
    void withoutAnOfficeTheDefaultInboxIsNotified() {
        Map<String, Object> form = solvedForm();
        form.remove("location");
        UUID id = submit(form);
        assertEquals("questions@clinic.test", stored.staffNotification(id).recipient());
    }

    @Test
    void malformedJsonIsA400() {
        fromNewClient().body("{\"firstName\": \"Maria\",").post("/questions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:malformed-request"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        Map<String, Object> form = solvedForm();
        form.put("email", Map.of("address", "maria@example.com"));
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:malformed-request"))
                .body("errors.field", contains("email"));
    }

    @Test
    void anEmptyBodyIsA400() {
        fromNewClient().body("").post("/questions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        api().contentType(ContentType.URLENC).header("X-Forwarded-For", "10.200.0.1")
                .formParam("firstName", "Maria").post("/questions")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:unsupported-media-type"));
    }

    @Test
    void aBodyOver16KilobytesIsA413() {
        Map<String, Object> form = solvedForm();
        form.put("question", "x".repeat(17 * 1024));
        fromNewClient().body(form).post("/questions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:payload-too-large"))
                .body("detail", equalTo("The request body is larger than 16384 bytes."));
    }

    @Test
    void aChunkedBodyOver16KilobytesIsA413Too() throws Exception {
        byte[] body = ("{\"question\": \"" + "x".repeat(20 * 1024) + "\"}").getBytes();
        fromNewClient().body(new java.io.ByteArrayInputStream(body)).post("/questions")
                .then().statusCode(413)
                .body("type", equalTo("urn:problem-type:clinic:payload-too-large"));
    }

    @Test
    void aFilledHoneypotLooksAcceptedButIsStoredAsSpamWithoutMail() {
        Map<String, Object> form = solvedForm();
        form.put("website", "http://cheap-pills.example");
        String id = fromNewClient().body(form).post("/questions")
                .then().statusCode(202)
                .body("status", equalTo("RECEIVED"))
                .extract().path("id");
        UUID question = UUID.fromString(id);
        assertEquals("SPAM", stored.status(question));
        assertEquals(0, stored.notifications(question).size());
    }

    @Test
    void anEmptyHoneypotIsWhatPeopleSend() {
        Map<String, Object> form = solvedForm();
        form.put("website", "");
        UUID id = submit(form);
        assertEquals("NEW", stored.status(id));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswer() {
        String key = newIdempotencyKey();
        Map<String, Object> form = solvedForm();
        form.put("email", "retry." + key + "@example.com");
        Map<?, ?> first = fromNewClient().header("Idempotency-Key", key).body(form).post("/questions")
                .then().statusCode(202).extract().as(Map.class);
        Map<?, ?> retry = fromNewClient().header("Idempotency-Key", key).body(form).post("/questions")
                .then().statusCode(202).extract().as(Map.class);
        assertEquals(first, retry);
        assertEquals(1, stored.countWithEmail("retry." + key + "@example.com"));
        assertEquals(1, stored.notifications(UUID.fromString((String) first.get("id"))).size());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherQuestionIsA422() {
        String key = newIdempotencyKey();
        fromNewClient().header("Idempotency-Key", key).body(solvedForm()).post("/questions").then().statusCode(202);
        Map<String, Object> other = solvedForm();
        other.put("question", "A different question about my knee, asked with the same key.");
        fromNewClient().header("Idempotency-Key", key).body(other).post("/questions")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:idempotency-key-reused"));
    }

    @Test
    void anIdempotencyKeyMustBeVisibleAscii() {
        fromNewClient().header("Idempotency-Key", "x".repeat(201)).body(solvedForm()).post("/questions")
                .then().statusCode(400)
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void theReceiptSaysNothingAboutThePatient() {
        fromNewClient().body(solvedForm()).post("/questions")
                .then().statusCode(202)
                .body("email", nullValue())
                .body("firstName", nullValue())
                .body("question", nullValue());
    }
}
