package com.caringmedical.clinic.reference;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Editors add literature references as drafts and publish them; the AMA citation is rendered by citeproc-java,
 * never typed. References that content cites stay published and cannot be deleted.
 */
@QuarkusTest
class ReferenceEditingTest {

    /** References this test made; deleted afterwards, so other tests see the seeded ones alone. */
    private final List<Integer> created = new ArrayList<>();

    @AfterEach
    void deleteWhatThisTestCreated() {
        for (int id : created) {
            as("editor").header("If-Match", "*").delete("/editor/references/" + id);
        }
    }

    @Test
    void aNewReferenceIsADraftUntilPublishedWithItsCitationRendered() {
        String doi = newDoi();
        create(reference(doi, null))
                .statusCode(201)
                .header("ETag", "\"v0\"")
                .body("status", equalTo("DRAFT"))
                .body("authors[0].family", equalTo("Lopez"));
        int id = createdId();
        api().get("/references/" + id).then().statusCode(404);

        replace(id, "\"v0\"", reference(doi, "PUBLISHED")).statusCode(200).header("ETag", "\"v1\"");
        api().get("/references/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Dry needling for chronic neck pain: a randomized trial"))
                .body("citation.style", equalTo("ama"))
                .body("citation.text", equalTo("Lopez M, Kim J. Dry needling for chronic neck pain: a randomized "
                        + "trial. Pain Pract. 2021;21(5):512-520. doi:" + doi));
    }

    @Test
    void aReferenceContentCitesCannotBeUnpublishedOrDeleted() {
        String tag = as("editor").get("/editor/references/7").then().statusCode(200).extract().header("ETag");
        Map<String, Object> seven = as("editor").get("/editor/references/7").then().extract().as(Map.class);
        seven.put("status", "DRAFT");
        as("editor").contentType("application/json").header("If-Match", tag).body(seven)
                .put("/editor/references/7")
                .then().statusCode(409)
                .body("type", equalTo("urn:problem-type:clinic:conflict"));
        as("editor").header("If-Match", tag).delete("/editor/references/7").then().statusCode(409);
        api().get("/references/7").then().statusCode(200);
    }

    @Test
    void publishedContentCannotCiteADraft() {
        create(reference(newDoi(), "DRAFT")).statusCode(201);
        int draft = createdId();
        Map<String, Object> treatment = new HashMap<>();
        treatment.put("slug", "cites-a-draft-" + UUID.randomUUID().toString().substring(0, 8));
        treatment.put("name", "Cupping");
        treatment.put("summary", "Suction cups on the skin.");
        treatment.put("description", "Cups draw the skin up.");
        treatment.put("category", "INTERVENTIONAL");
        treatment.put("invasiveness", "NON_INVASIVE");
        treatment.put("evidence", List.of(Map.of("finding", "It helped some.", "referenceId", draft)));
        treatment.put("status", "PUBLISHED");
        as("editor").contentType("application/json").body(treatment).post("/editor/treatments")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("evidence[0].referenceId"))
                .body("errors[0].message", equalTo("reference " + draft + " is a draft"));
    }

    @Test
    void aTakenDoiIsA409AndBadFieldsA400() {
        create(reference("10.1111/papr.12035", "DRAFT"))
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:clinic:already-exists"));
        Map<String, Object> bad = reference("not-a-doi", "DRAFT");
        bad.put("year", 1200);
        bad.put("authors", List.of());
        create(bad).statusCode(400).body("errors.field", contains("authors", "doi", "year"));
    }

    @Test
    void aDayOfPublicationNeedsItsMonthAndMakesARealDateThatEveryStyleShows() {
        Map<String, Object> noMonth = reference(newDoi(), "DRAFT");
        noMonth.remove("month");
        noMonth.put("day", 3);
        create(noMonth).statusCode(400).body("errors.field", contains("day"));
        Map<String, Object> notADate = reference(newDoi(), "DRAFT");
        notADate.put("month", 2);
        notADate.put("day", 30);
        create(notADate).statusCode(400).body("errors[0].message",
                equalTo("must make a real date with year and month (and needs month)"));

        String doi = newDoi();
        Map<String, Object> online = reference(doi, "PUBLISHED");
        online.put("day", 3);
        online.remove("volume");
        online.remove("issue");
        online.remove("pages");
        create(online).statusCode(201).body("day", equalTo(3));
        api().get("/references/" + createdId()).then().statusCode(200)
                .body("citation.text", equalTo("Lopez M, Kim J. Dry needling for chronic neck pain: a randomized "
                        + "trial. Pain Pract. Published online May 3, 2021. doi:" + doi));
        api().queryParam("style", "vancouver").get("/references/" + createdId()).then().statusCode(200)
                .body("citation.text", equalTo("Lopez M, Kim J. Dry needling for chronic neck pain: a randomized "
                        + "trial. Pain Pract. 2021 May 3;"));
    }

    @Test
    void aReferenceNothingCitesCanBeDeleted() {
        create(reference(newDoi(), "PUBLISHED"))
                .statusCode(201)
                .header("Location", endsWith("/editor/references/" + createdId()));
        int id = createdId();
        as("editor").header("If-Match", "\"v0\"").delete("/editor/references/" + id).then().statusCode(204);
        api().get("/references/" + id).then().statusCode(404);
    }

    private int createdId() {
        return created.get(created.size() - 1);
    }

    private static String newDoi() {
        return "10.5555/test." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> reference(String doi, String status) {
        Map<String, Object> reference = new HashMap<>();
        reference.put("authors", List.of(Map.of("family", "Lopez", "given", "Maria"),
                Map.of("family", "Kim", "given", "Jun")));
        reference.put("title", "Dry needling for chronic neck pain: a randomized trial");
        reference.put("journal", "Pain Practice");
        reference.put("journalAbbreviation", "Pain Pract");
        reference.put("year", 2021);
        reference.put("month", 5);
        reference.put("volume", "21");
        reference.put("issue", "5");
        reference.put("pages", "512-520");
        reference.put("doi", doi);
        if (status != null) {
            reference.put("status", status);
        }
        return reference;
    }

    private ValidatableResponse create(Map<String, Object> reference) {
        Response response = as("editor").contentType("application/json").body(reference).post("/editor/references");
        if (response.statusCode() == 201) {
            String location = response.header("Location");
            created.add(Integer.valueOf(location.substring(location.lastIndexOf('/') + 1)));
        }
        return response.then();
    }

    private static ValidatableResponse replace(int id, String ifMatch, Map<String, Object> reference) {
        return as("editor").contentType("application/json").header("If-Match", ifMatch).body(reference)
                .put("/editor/references/" + id).then();
    }
}
