package com.caringmedical.clinic.staging;

import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * An editor stages a change of a published item: the public keeps seeing the item as it is until the change is
 * published. (No kind needs a reviewer's approval in the test profile; StagedApprovalTest switches it on.)
 */
@QuarkusTest
class StagedChangeTest {

    @Test
    void aStagedChangeOfAPublishedOfficeStaysOffThePublicUntilItIsPublished() {
        String slug = newSlug("office");
        editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(201);
        Map<String, Object> changed = office(slug, "PUBLISHED");
        changed.put("name", "Caring Medical, the new wing");

        editor().body(changed).put("/editor/staged/locations/" + slug)
                .then().statusCode(200)
                .header("ETag", "\"v0\"")
                .body("baseVersion", equalTo(0))
                .body("outdated", equalTo(false))
                .body("stagedBy", equalTo("editor"))
                .body("approvalRequired", equalTo(false))
                .body("form.name", equalTo("Caring Medical, the new wing"))
                .body("changes.path", equalTo(List.of("/name")))
                .body("changes.find { it.path == '/name' }.fromValue", equalTo(office(slug, "PUBLISHED").get("name")));
        api().get("/locations/" + slug).then().statusCode(200).body("name", equalTo(office(slug, "PUBLISHED")
                .get("name")));
        as("reviewer").get("/editor/staged/locations/" + slug).then().statusCode(200);

        as("editor").post("/editor/staged/locations/" + slug + "/publish").then().statusCode(428);
        as("editor").header("If-Match", "\"v0\"").post("/editor/staged/locations/" + slug + "/publish")
                .then().statusCode(200).header("ETag", "\"v1\"").body("name", equalTo("Caring Medical, the new wing"));
        api().get("/locations/" + slug).then().statusCode(200).body("name", equalTo("Caring Medical, the new wing"));
        as("editor").get("/editor/staged/locations/" + slug).then().statusCode(404);
        as("editor").get("/editor/revisions/locations/" + slug).then().body("items[0].action", equalTo("changed"));
        unpublish(slug, "\"v1\"");
    }

    @Test
    void aChangeMadeToTheItemAfterStagingIsNeverOverwrittenUnseen() {
        String slug = newSlug("office");
        editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
        Map<String, Object> staged = office(slug, "DRAFT");
        staged.put("name", "Staged name");
        editor().body(staged).put("/editor/staged/locations/" + slug).then().statusCode(200);
        Map<String, Object> direct = office(slug, "DRAFT");
        direct.put("name", "Renamed directly");
        editor().header("If-Match", "\"v0\"").body(direct).put("/editor/locations/" + slug).then().statusCode(200);

        as("editor").get("/editor/staged/locations/" + slug).then().body("outdated", equalTo(true));
        as("editor").header("If-Match", "\"v1\"").post("/editor/staged/locations/" + slug + "/publish")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed after this change was staged"));
        as("editor").delete("/editor/staged/locations/" + slug).then().statusCode(204);
        as("editor").delete("/editor/staged/locations/" + slug).then().statusCode(404);
        as("editor").header("If-Match", "\"v1\"").delete("/editor/locations/" + slug).then().statusCode(204);
    }

    @Test
    void stagingAnItemAsItIsChangesNothing() {
        String article = "/editor/articles/failed-back-surgery-syndrome-treatment-options";
        String form = as("editor").get(article).then().statusCode(200).extract().asString();
        as("editor").contentType(ContentType.JSON).body(form).put(article.replace("/editor/", "/editor/staged/"))
                .then().statusCode(200).body("changes", equalTo(List.of()));
        as("editor").delete(article.replace("/editor/", "/editor/staged/")).then().statusCode(204);
    }

    @Test
    void aFormThatBreaksTheRulesIsRefusedWhenStagedAndImagesHaveNoStagedChanges() {
        Map<String, Object> broken = office("oak-park", "PUBLISHED");
        broken.put("name", "");
        editor().body(broken).put("/editor/staged/locations/oak-park").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        editor().body("[1, 2]").put("/editor/staged/locations/oak-park").then().statusCode(400);
        editor().body(Map.of("name", "x")).put("/editor/staged/media/1").then().statusCode(400);
        editor().body(office("x", "DRAFT")).put("/editor/staged/locations/no-such-office").then().statusCode(404);
        as("editor").get("/editor/staged/locations/oak-park").then().statusCode(404);
        as("staff").get("/editor/staged/locations/oak-park").then().statusCode(403);
        as("editor").header("If-Match", "*").post("/editor/staged/locations/oak-park/approve").then().statusCode(403);
    }

    private static void unpublish(String slug, String ifMatch) {
        editor().header("If-Match", ifMatch).body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                .then().statusCode(200);
    }

    private static RequestSpecification editor() {
        return as("editor").contentType(ContentType.JSON);
    }
}
