package com.caringmedical.clinic.staging;

import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.testing.StaffSignIn.with;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Where the clinic wants a second person for a kind (here offices, so the test stays short), an item of that kind
 * becomes or stays public only through a staged change that a reviewer other than the one who staged it approved.
 */
@QuarkusTest
@TestProfile(StagedApprovalTest.OfficesNeedApproval.class)
class StagedApprovalTest {

    public static class OfficesNeedApproval implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clinic.publishing.approval-required-for", "locations");
        }
    }

    @Test
    void anOfficeGoesPublicOnlyAfterAReviewerApprovedExactlyWhatWasStaged() {
        String slug = newSlug("office");
        editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("reviewer's approval"));
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
        editor().header("If-Match", "\"v0\"").body(office(slug, "PUBLISHED")).put("/editor/locations/" + slug)
                .then().statusCode(409);

        editor().body(office(slug, "PUBLISHED")).put("/editor/staged/locations/" + slug).then().statusCode(200)
                .body("approvalRequired", equalTo(true));
        as("editor").header("If-Match", "\"v0\"").post("/editor/staged/locations/" + slug + "/publish")
                .then().statusCode(409).body("detail", containsString("approval"));

        // The editor stages again after the reviewer read it: the approval of what was read is refused.
        Map<String, Object> restaged = office(slug, "PUBLISHED");
        restaged.put("name", "Changed after the reviewer read it");
        editor().body(restaged).put("/editor/staged/locations/" + slug).then().statusCode(200)
                .header("ETag", "\"v1\"");
        as("reviewer").header("If-Match", "\"v0\"").post("/editor/staged/locations/" + slug + "/approve")
                .then().statusCode(412);
        as("reviewer").header("If-Match", "\"v1\"").post("/editor/staged/locations/" + slug + "/approve")
                .then().statusCode(200).body("approvedBy", equalTo("reviewer"));
        api().get("/locations/" + slug).then().statusCode(404);

        as("editor").header("If-Match", "\"v0\"").post("/editor/staged/locations/" + slug + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        api().get("/locations/" + slug).then().statusCode(200).body("name", equalTo("Changed after the reviewer read it"));

        // Taking it down needs nobody's approval.
        editor().header("If-Match", "\"v1\"").body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                .then().statusCode(200);
        api().get("/locations/" + slug).then().statusCode(404);
    }

    @Test
    void nobodyApprovesTheirOwnChange() {
        String slug = newSlug("office");
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
        String both = "editor-reviewer-" + slug.substring(slug.length() - 6);
        as("admin").contentType(ContentType.JSON).body(Map.of("username", both, "password", "a second pair of eyes",
                "roles", List.of("editor", "reviewer"))).post("/staff/accounts").then().statusCode(201);
        with(both, "a second pair of eyes").contentType(ContentType.JSON)
                .body(office(slug, "PUBLISHED")).put("/editor/staged/locations/" + slug).then().statusCode(200);
        with(both, "a second pair of eyes").header("If-Match", "\"v0\"")
                .post("/editor/staged/locations/" + slug + "/approve")
                .then().statusCode(409).body("detail", containsString("someone else"));
        as("reviewer").header("If-Match", "\"v0\"").post("/editor/staged/locations/" + slug + "/approve")
                .then().statusCode(200);
        as("editor").header("If-Match", "\"v0\"").delete("/editor/locations/" + slug).then().statusCode(204);
        as("reviewer").get("/editor/staged/locations/" + slug).then().statusCode(404);
    }

    private static RequestSpecification editor() {
        return as("editor").contentType(ContentType.JSON);
    }
}
