package com.caringmedical.clinic.testing;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.altcha.altcha.Altcha;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Builds question submissions the way the web front-end does: fetch a challenge, solve it (as the ALTCHA widget
 * would), fill in the form. Each test sends from its own client address (X-Forwarded-For, believed from the
 * loopback proxy) so rate limits never couple tests.
 */
public final class QuestionForms {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    private QuestionForms() {
    }

    /** A complete, valid form without the challenge solution. */
    public static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("firstName", "Maria");
        form.put("lastName", "Lopez");
        form.put("email", "maria.lopez@example.com");
        form.put("phone", "+1 708 555 0134");
        form.put("question", "Could prolotherapy help with the pain in my lower back after a fall last year?");
        form.put("location", "oak-park");
        form.put("sourceArticle", "are-back-surgeries-effective");
        return form;
    }

    /** The form with a freshly solved challenge in 'altcha'. */
    public static Map<String, Object> solvedForm() {
        Map<String, Object> form = form();
        form.put("altcha", solvedChallenge());
        return form;
    }

    /** Submits a valid form asking this question (make it unique to find it again) and returns the id. */
    public static UUID submitAsking(String question) {
        Map<String, Object> form = solvedForm();
        form.put("question", question);
        return submit(form);
    }

    /** A client address no other test uses. */
    public static String newClientAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** A JSON request from a fresh client address. */
    public static RequestSpecification fromNewClient() {
        return from(newClientAddress());
    }

    public static RequestSpecification from(String clientAddress) {
        return api().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress);
    }

    /** Submits the form from a fresh address, expects 202, and returns the question's id. */
    public static UUID submit(Map<String, Object> form) {
        String id = fromNewClient().body(form).post("/questions").then().statusCode(202).extract().path("id");
        return UUID.fromString(id);
    }

    /** GET /questions/challenge, solved by brute force with the ALTCHA library, as the widget does. */
    public static String solvedChallenge() {
        JsonPath challenge = api().get("/questions/challenge").then().statusCode(200).extract().jsonPath();
        return solve(challenge.getString("algorithm"), challenge.getString("challenge"), challenge.getString("salt"),
                challenge.getLong("maxnumber"), challenge.getString("signature"));
    }

    /** The widget's answer to a challenge: base64 of {algorithm, challenge, number, salt, signature}. */
    public static String solve(String algorithm, String challenge, String salt, long maxNumber, String signature) {
        try {
            Altcha.Solution solution = Altcha.solveChallenge(challenge, salt, Altcha.Algorithm.fromString(algorithm),
                    maxNumber, 0);
            return payload(algorithm, challenge, solution.number, salt, signature);
        } catch (Exception e) {
            throw new IllegalStateException("Could not solve the challenge", e);
        }
    }

    /** The field 'altcha' as the widget fills it: base64 of {algorithm, challenge, number, salt, signature}. */
    public static String payload(String algorithm, String challenge, long number, String salt, String signature) {
        String json = "{\"algorithm\":\"" + algorithm + "\",\"challenge\":\"" + challenge + "\",\"number\":"
                + number + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
