package com.caringmedical.clinic.question.review;

import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.testing.StaffAccounts;

/**
 * Staff move a question through NEW → IN_PROGRESS → ANSWERED → CLOSED with PATCH, each change guarded by
 * If-Match with the ETag of their last read.
 */
@QuarkusTest
class QuestionWorkflowTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aQuestionMovesThroughTheWorkflowOneVersionAtATime() {
        UUID id = submit(solvedForm());
        String tag = as("staff").get("/questions/" + id)
                .then().statusCode(200)
                .header("ETag", "\"v0\"")
                .body("status", equalTo("NEW"))
                .body("nextStatuses", contains("IN_PROGRESS", "SPAM"))
                .extract().header("ETag");

        tag = change(id, tag, Map.of("status", "IN_PROGRESS", "assignee", "staff"))
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("status", equalTo("IN_PROGRESS"))
                .body("assignee", equalTo("staff"))
                .body("nextStatuses", contains("ANSWERED", "SPAM"))
                .body("firstName", equalTo("Maria"))
                .extract().header("ETag");
        tag = change(id, tag, Map.of("status", "ANSWERED")).statusCode(200).extract().header("ETag");
        change(id, tag, Map.of("status", "CLOSED"))
                .statusCode(200)
                .header("ETag", "\"v3\"")
                .body("status", equalTo("CLOSED"))
                .body("nextStatuses", contains("SPAM"));
        as("staff").get("/questions/" + id).then().header("ETag", "\"v3\"").body("status", equalTo("CLOSED"));
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefusedWith412AndChangesNothing() {
        UUID id = submit(solvedForm());
        String tag = etag(id);
        change(id, tag, Map.of("assignee", "staff")).statusCode(200);
        change(id, tag, Map.of("status", "SPAM"))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:precondition-failed"))
                .body("detail", containsString("\"v1\""));
        as("staff").get("/questions/" + id).then().body("status", equalTo("NEW")).body("assignee", equalTo("staff"));
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        UUID id = submit(solvedForm());
        as("staff").contentType(MERGE_PATCH).body(Map.of("status", "IN_PROGRESS")).patch("/questions/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:precondition-required"));
    }

    @Test
    void ifMatchComparesStronglyAndAcceptsAStar() {
        UUID id = submit(solvedForm());
        change(id, "W/\"v0\"", Map.of("status", "IN_PROGRESS")).statusCode(412);
        change(id, "\"v9\", \"v0\"", Map.of("status", "IN_PROGRESS")).statusCode(200);
        change(id, "*", Map.of("status", "ANSWERED")).statusCode(200).body("status", equalTo("ANSWERED"));
    }

    @Test
    void aMoveTheWorkflowDoesNotAllowIsA409ThatSaysWhatIsAllowed() {
        UUID id = submit(solvedForm());
        change(id, etag(id), Map.of("status", "CLOSED"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:status-change-not-allowed"))
                .body("detail", equalTo("A question in NEW cannot move to CLOSED; it can move to [IN_PROGRESS, SPAM]."));
        change(id, etag(id), Map.of("status", "ANSWERED")).statusCode(409);
        as("staff").get("/questions/" + id).then().header("ETag", "\"v0\"").body("status", equalTo("NEW"));
    }

    @Test
    void anyQuestionCanBeMarkedSpamAndSpamCanGoBackToNew() {
        UUID id = submit(solvedForm());
        change(id, etag(id), Map.of("status", "IN_PROGRESS")).statusCode(200);
        change(id, etag(id), Map.of("status", "SPAM")).statusCode(200).body("nextStatuses", contains("NEW"));
        change(id, etag(id), Map.of("status", "IN_PROGRESS")).statusCode(409);
        change(id, etag(id), Map.of("status", "NEW")).statusCode(200).body("status", equalTo("NEW"));
    }

    @Test
    void theAssigneeMustBeAnEnabledAccountWithTheStaffRoleAndNullUnassigns() {
        UUID id = submit(solvedForm());
        String editor = StaffAccounts.create(StaffRole.EDITOR);
        change(id, etag(id), Map.of("assignee", "nobody-here"))
                .statusCode(400)
                .body("errors[0].field", equalTo("assignee"))
                .body("errors[0].message", equalTo("no enabled account with the staff role is named 'nobody-here'"));
        change(id, etag(id), Map.of("assignee", editor)).statusCode(400).body("errors[0].field", equalTo("assignee"));
        String colleague = StaffAccounts.create(StaffRole.STAFF);
        change(id, etag(id), Map.of("assignee", colleague)).statusCode(200).body("assignee", equalTo(colleague));
        Map<String, Object> unassign = new HashMap<>();
        unassign.put("assignee", null);
        change(id, etag(id), unassign).statusCode(200).body("assignee", nullValue());
    }

    @Test
    void theOfficeCanBeChangedToAnotherExistingOne() {
        UUID id = submit(solvedForm());
        change(id, etag(id), Map.of("location", "fort-myers")).statusCode(200).body("location", equalTo("fort-myers"));
        change(id, etag(id), Map.of("location", "atlantis"))
                .statusCode(400)
                .body("errors[0].field", equalTo("location"));
    }

    @Test
    void aChangeThatChangesNothingKeepsTheVersion() {
        UUID id = submit(solvedForm());
        change(id, "\"v0\"", Map.of("status", "NEW")).statusCode(200).header("ETag", "\"v0\"");
    }

    @Test
    void unknownFieldsAndStatusesAreRefusedByName() {
        UUID id = submit(solvedForm());
        change(id, etag(id), Map.of("status", "DONE"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        change(id, etag(id), Map.of("firstName", "Eve"))
                .statusCode(400)
                .contentType("application/problem+json");
        as("staff").get("/questions/" + id).then().body("firstName", equalTo("Maria"));
    }

    @Test
    void aRepeatedReadWithTheSameTagIsA304() {
        UUID id = submit(solvedForm());
        as("staff").header("If-None-Match", "\"v0\"").get("/questions/" + id).then().statusCode(304);
        change(id, "\"v0\"", Map.of("status", "IN_PROGRESS")).statusCode(200);
        as("staff").header("If-None-Match", "\"v0\"").get("/questions/" + id).then().statusCode(200);
    }

    @Test
    void anUnknownQuestionIsA404EvenWithIfMatch() {
        change(UUID.randomUUID(), "*", Map.of("status", "SPAM")).statusCode(404);
    }

    private static String etag(UUID id) {
        return as("staff").get("/questions/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse change(UUID id, String ifMatch, Map<String, ?> patch) {
        return as("staff").contentType(MERGE_PATCH).header("If-Match", ifMatch).body(patch)
                .patch("/questions/" + id).then();
    }
}
