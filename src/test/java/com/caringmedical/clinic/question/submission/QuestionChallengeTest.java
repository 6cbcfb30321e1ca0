package com.caringmedical.clinic.question.submission;

import static com.caringmedical.clinic.testing.QuestionForms.form;
import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.newIdempotencyKey;
import static com.caringmedical.clinic.testing.QuestionForms.payload;
import static com.caringmedical.clinic.testing.QuestionForms.solve;
import static com.caringmedical.clinic.testing.QuestionForms.solvedChallenge;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The ALTCHA proof of work that POST /questions requires, as a front-end (or the ALTCHA widget) meets it. */
@QuarkusTest
class QuestionChallengeTest {

    @ConfigProperty(name = "clinic.questions.challenge.hmac-key")
    String hmacKey;

    @Test
    void aChallengeHasTheFieldsTheAltchaWidgetReads() {
        api().get("/questions/challenge")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue())
                .body("algorithm", equalTo("SHA-256"))
                .body("challenge", matchesPattern("[0-9a-f]{64}"))
                .body("maxnumber", equalTo(1000))
                .body("salt", matchesPattern("[0-9a-f]{24}\\?expires=[0-9]+&"))
                .body("signature", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void aSolvedChallengeLetsTheQuestionIn() {
        Map<String, Object> form = form();
        form.put("altcha", solvedChallenge());
        fromNewClient().body(form).post("/questions").then().statusCode(202);
    }

    @Test
    void withoutASolutionTheQuestionIsRefused() {
        fromNewClient().body(form()).post("/questions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"))
                .body("detail", equalTo("The form carries no solved challenge in the field 'altcha'. "
                        + "Get one from GET /questions/challenge."));
    }

    @Test
    void aWrongNumberIsRefused() {
        JsonPath solution = decode(solvedChallenge());
        Map<String, Object> form = form();
        form.put("altcha", payload(solution.getString("algorithm"), solution.getString("challenge"),
                solution.getLong("number") + 1, solution.getString("salt"), solution.getString("signature")));
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"))
                .body("detail", equalTo("The solution in 'altcha' does not solve a challenge issued by this service."));
    }

    @Test
    void aChallengeSignedWithAnotherKeyIsRefused() throws Exception {
        Altcha.Challenge forged = Altcha.createChallenge(new Altcha.ChallengeOptions()
                .setMaxNumber(1000L).setExpiresInSeconds(600).setHmacKey("someone-elses-key-0123456789abcdef"));
        Map<String, Object> form = form();
        form.put("altcha", solve(forged.algorithm, forged.challenge, forged.salt, forged.maxnumber, forged.signature));
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"));
    }

    @Test
    void anExpiredChallengeIsRefused() throws Exception {
        Altcha.Challenge expired = Altcha.createChallenge(new Altcha.ChallengeOptions()
                .setMaxNumber(1000L).setExpires(System.currentTimeMillis() / 1000 - 5).setHmacKey(hmacKey));
        Map<String, Object> form = form();
        form.put("altcha", solve(expired.algorithm, expired.challenge, expired.salt, expired.maxnumber, expired.signature));
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"))
                .body("detail", equalTo("The challenge has expired. Get a new one from GET /questions/challenge."));
    }

    @Test
    void aSolutionIsGoodForOneQuestionOnly() {
        String solution = solvedChallenge();
        Map<String, Object> form = form();
        form.put("altcha", solution);
        fromNewClient().body(form).post("/questions").then().statusCode(202);
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"))
                .body("detail", equalTo("This challenge was already used. Get a new one from GET /questions/challenge."));
    }

    @Test
    void aRetryGetsTheFirstAnswerThoughItsChallengeWasSpentHasExpiredOrIsMissing() throws Exception {
        Altcha.Challenge shortLived = Altcha.createChallenge(new Altcha.ChallengeOptions()
                .setMaxNumber(1000L).setExpires(System.currentTimeMillis() / 1000 + 2).setHmacKey(hmacKey));
        Map<String, Object> form = form();
        form.put("altcha", solve(shortLived.algorithm, shortLived.challenge, shortLived.salt, shortLived.maxnumber,
                shortLived.signature));
        String key = newIdempotencyKey();
        String id = fromNewClient().header("Idempotency-Key", key).body(form).post("/questions")
                .then().statusCode(202).extract().path("id");
        fromNewClient().header("Idempotency-Key", key).body(form).post("/questions")
                .then().statusCode(202).body("id", equalTo(id)); // its challenge is spent now
        Thread.sleep(3000);
        fromNewClient().header("Idempotency-Key", key).body(form).post("/questions")
                .then().statusCode(202).body("id", equalTo(id)); // and expired
        form.remove("altcha");
        fromNewClient().header("Idempotency-Key", key).body(form).post("/questions")
                .then().statusCode(202).body("id", equalTo(id));
        fromNewClient().body(form).post("/questions").then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"));
    }

    @Test
    void somethingThatIsNotAnAltchaPayloadIsRefused() {
        Map<String, Object> form = form();
        form.put("altcha", "not base64 at all!");
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"));
        form.put("altcha", Base64.getEncoder().encodeToString("{\"number\": 3}".getBytes(StandardCharsets.UTF_8)));
        fromNewClient().body(form).post("/questions")
                .then().statusCode(400)
                .body("type", equalTo("urn:problem-type:clinic:challenge-failed"));
    }

    /** The number and the rest of a solution, back from its base64 JSON. */
    private static JsonPath decode(String payload) {
        return JsonPath.from(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
