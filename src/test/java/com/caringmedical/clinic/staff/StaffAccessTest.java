package com.caringmedical.clinic.staff;

import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import com.caringmedical.clinic.testing.StaffAccounts;
import com.caringmedical.clinic.testing.StaffSignIn;
import com.caringmedical.clinic.web.openapi.ApiContract;

/**
 * Walks every operation of the committed OpenAPI document: the ones that declare the staff sign-in refuse
 * anonymous callers (401) and accounts without the role (403); the public ones never return question data.
 */
@QuarkusTest
class StaffAccessTest {

    /** The role each protected operation needs, by "METHOD path". */
    private static final Map<String, String> REQUIRED_ROLE = Map.ofEntries(
            Map.entry("GET /questions", StaffRole.STAFF),
            Map.entry("GET /questions/export", StaffRole.STAFF),
            Map.entry("GET /questions/{id}", StaffRole.STAFF),
            Map.entry("PATCH /questions/{id}", StaffRole.STAFF),
            Map.entry("GET /questions/{id}/notes", StaffRole.STAFF),
            Map.entry("POST /questions/{id}/notes", StaffRole.STAFF),
            Map.entry("GET /questions/{id}/history", StaffRole.STAFF),
            Map.entry("GET /questions/{id}/notifications", StaffRole.STAFF),
            Map.entry("POST /questions/{id}/notifications/{notificationId}/retry", StaffRole.STAFF),
            Map.entry("DELETE /questions/{id}/personal-data", StaffRole.ADMIN),
            Map.entry("GET /staff/accounts", StaffRole.ADMIN),
            Map.entry("POST /staff/accounts", StaffRole.ADMIN),
            Map.entry("GET /staff/accounts/{username}", StaffRole.ADMIN),
            Map.entry("PATCH /staff/accounts/{username}", StaffRole.ADMIN),
            Map.entry("PUT /staff/accounts/{username}/password", StaffRole.ADMIN),
            Map.entry("GET /editor/locations", StaffRole.EDITOR),
            Map.entry("GET /editor/revisions/{kind}/{key}", StaffRole.EDITOR),
            Map.entry("GET /editor/schedules", StaffRole.EDITOR),
            Map.entry("GET /editor/schedules/{kind}/{key}", StaffRole.EDITOR),
            Map.entry("PUT /editor/schedules/{kind}/{key}", StaffRole.EDITOR),
            Map.entry("GET /editor/revisions/{kind}/{key}/{number}", StaffRole.EDITOR),
            Map.entry("GET /editor/revisions/{kind}/{key}/{number}/diff", StaffRole.EDITOR),
            Map.entry("POST /editor/revisions/{kind}/{key}/{number}/restore", StaffRole.EDITOR),
            Map.entry("POST /editor/locations", StaffRole.EDITOR),
            Map.entry("GET /editor/locations/{slug}", StaffRole.EDITOR),
            Map.entry("PUT /editor/locations/{slug}", StaffRole.EDITOR),
            Map.entry("DELETE /editor/locations/{slug}", StaffRole.EDITOR),
            Map.entry("GET /editor/treatments", StaffRole.EDITOR),
            Map.entry("POST /editor/treatments", StaffRole.EDITOR),
            Map.entry("GET /editor/treatments/{slug}", StaffRole.EDITOR),
            Map.entry("PUT /editor/treatments/{slug}", StaffRole.EDITOR),
            Map.entry("DELETE /editor/treatments/{slug}", StaffRole.EDITOR),
            Map.entry("GET /editor/articles", StaffRole.EDITOR),
            Map.entry("POST /editor/articles", StaffRole.EDITOR),
            Map.entry("GET /editor/articles/{slug}", StaffRole.EDITOR),
            Map.entry("PUT /editor/articles/{slug}", StaffRole.EDITOR),
            Map.entry("DELETE /editor/articles/{slug}", StaffRole.EDITOR),
            Map.entry("POST /editor/articles/{slug}/reviews", StaffRole.EDITOR),
            Map.entry("GET /editor/authors", StaffRole.EDITOR),
            Map.entry("POST /editor/authors", StaffRole.EDITOR),
            Map.entry("GET /editor/authors/{slug}", StaffRole.EDITOR),
            Map.entry("PUT /editor/authors/{slug}", StaffRole.EDITOR),
            Map.entry("DELETE /editor/authors/{slug}", StaffRole.EDITOR),
            Map.entry("POST /editor/redirects", StaffRole.EDITOR),
            Map.entry("DELETE /editor/redirects/{id}", StaffRole.EDITOR),
            Map.entry("GET /editor/references", StaffRole.EDITOR),
            Map.entry("POST /editor/references", StaffRole.EDITOR),
            Map.entry("GET /editor/references/{id}", StaffRole.EDITOR),
            Map.entry("PUT /editor/references/{id}", StaffRole.EDITOR),
            Map.entry("DELETE /editor/references/{id}", StaffRole.EDITOR),
            Map.entry("GET /editor/media", StaffRole.EDITOR),
            Map.entry("POST /editor/media", StaffRole.EDITOR),
            Map.entry("GET /editor/media/{id}", StaffRole.EDITOR),
            Map.entry("PUT /editor/media/{id}", StaffRole.EDITOR),
            Map.entry("DELETE /editor/media/{id}", StaffRole.EDITOR),
            Map.entry("POST /imports/wordpress", StaffRole.ADMIN),
            Map.entry("GET /imports", StaffRole.ADMIN),
            Map.entry("GET /imports/{id}", StaffRole.ADMIN),
            Map.entry("PUT /editor/staged/{kind}/{key}", StaffRole.EDITOR),
            Map.entry("GET /editor/staged/{kind}/{key}", StaffRole.EDITOR + "," + StaffRole.REVIEWER),
            Map.entry("DELETE /editor/staged/{kind}/{key}", StaffRole.EDITOR),
            Map.entry("POST /editor/staged/{kind}/{key}/approve", StaffRole.REVIEWER),
            Map.entry("POST /editor/staged/{kind}/{key}/publish", StaffRole.EDITOR),
            Map.entry("POST /editor/previews/{kind}/{key}", StaffRole.EDITOR),
            Map.entry("GET /editor/previews/{kind}/{key}", StaffRole.EDITOR),
            Map.entry("DELETE /editor/previews/{id}", StaffRole.EDITOR),
            Map.entry("GET /webhooks", StaffRole.ADMIN),
            Map.entry("POST /webhooks", StaffRole.ADMIN),
            Map.entry("GET /webhooks/{id}", StaffRole.ADMIN),
            Map.entry("PUT /webhooks/{id}", StaffRole.ADMIN),
            Map.entry("DELETE /webhooks/{id}", StaffRole.ADMIN),
            Map.entry("POST /webhooks/{id}/secret", StaffRole.ADMIN),
            Map.entry("GET /webhooks/{id}/deliveries", StaffRole.ADMIN),
            Map.entry("POST /webhooks/{id}/deliveries/{delivery}/retry", StaffRole.ADMIN));

    /** An operation, and the media type of its request body (null: it takes none). */
    record Operation(String method, String path, boolean signInRequired, String bodyType) {
        String name() {
            return method + " " + path;
        }

        /** The request as a client would send it: with an (empty) body of the documented type, if any. */
        RequestSpecification send(RequestSpecification request) {
            if (bodyType == null) {
                return request;
            }
            return bodyType.equals("multipart/form-data") ? request.multiPart("alt", "a form without its file")
                    : request.contentType(bodyType).body("{}");
        }

        /** The path with each parameter replaced by its documented example. */
        String concretePath(JsonNode parameters, String questionId) {
            String concrete = path;
            for (JsonNode parameter : parameters) {
                if ("path".equals(parameter.path("in").asText())) {
                    String name = parameter.path("name").asText();
                    String value = name.equals("id") && path.startsWith("/questions") ? questionId
                            : parameter.path("example").asText();
                    concrete = concrete.replace("{" + name + "}", value);
                }
            }
            return concrete;
        }
    }

    @Test
    void everyProtectedOperationRefusesAnonymousCallersWithAProblem() throws IOException {
        List<Operation> protectedOperations = operations().stream().filter(Operation::signInRequired).toList();
        assertTrue(protectedOperations.size() >= REQUIRED_ROLE.size(), "protected: " + protectedOperations);
        String question = submit(solvedForm()).toString();
        // Wrong passwords are tried on an account of its own: they lock it, and no other test signs in with it.
        String target = StaffAccounts.create(StaffRole.STAFF);
        for (Operation operation : protectedOperations) {
            assertTrue(REQUIRED_ROLE.containsKey(operation.name()), "this test knows the role for " + operation.name());
            String path = operation.concretePath(parametersOf(operation), question);
            operation.send(given()).request(operation.method(), path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Basic realm="))
                    .body("type", equalTo("urn:problem-type:clinic:unauthorized"));
            operation.send(given().auth().preemptive().basic(target, "not-the-password"))
                    .request(operation.method(), path)
                    .then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void everyProtectedOperationRefusesAccountsWithoutItsRole() throws IOException {
        String question = submit(solvedForm()).toString();
        for (Operation operation : operations().stream().filter(Operation::signInRequired).toList()) {
            String role = REQUIRED_ROLE.get(operation.name());
            String path = operation.concretePath(parametersOf(operation), question);
            List<String> allowed = List.of(role.split(","));
            for (String other : List.of(StaffRole.STAFF, StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.ADMIN)) {
                Response response = operation.send(StaffSignIn.as(other)).request(operation.method(), path);
                if (allowed.contains(other)) {
                    response.then().statusCode(allOf(not(oneOf(401, 403)), lessThan(500)));
                } else {
                    response.then().statusCode(403)
                            .contentType("application/problem+json")
                            .body("type", equalTo("urn:problem-type:clinic:forbidden"));
                }
            }
        }
    }

    @Test
    void noPublicReadReturnsQuestionData() throws IOException {
        String email = "never.public." + UUID.randomUUID() + "@example.com";
        Map<String, Object> form = solvedForm();
        form.put("email", email);
        String question = submit(form).toString();
        List<Operation> publicReads = operations().stream()
                .filter(operation -> !operation.signInRequired() && operation.method().equals("GET")).toList();
        assertTrue(publicReads.size() >= 8, "public reads: " + publicReads);
        for (Operation operation : publicReads) {
            String body = StaffSignIn.as(StaffRole.STAFF)
                    .get(operation.concretePath(parametersOf(operation), question)).asString();
            assertFalse(body.contains(email) || body.contains("prolotherapy help with the pain"),
                    operation.name() + " returned question data: " + body);
        }
    }

    private static List<Operation> operations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                boolean signIn = method.getValue().path("security").size() > 0;
                Iterator<String> bodyTypes = method.getValue().path("requestBody").path("content").fieldNames();
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), signIn,
                        bodyTypes.hasNext() ? bodyTypes.next() : null));
            }
        }
        return operations;
    }

    private static JsonNode parametersOf(Operation operation) throws IOException {
        return document().get("paths").get(operation.path()).get(operation.method().toLowerCase()).path("parameters");
    }

    private static JsonNode document() throws IOException {
        return new ObjectMapper().readTree(Files.readString(ApiContract.DOCUMENT));
    }
}
