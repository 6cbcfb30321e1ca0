package com.caringmedical.clinic.article;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Readers move between content both ways: from a treatment option to the articles that discuss it, and from a
 * reference to the articles and treatment options that cite it. Only published content is listed.
 */
@QuarkusTest
class ContentNavigationTest {

    private static final String ARTICLE = "failed-back-surgery-syndrome-treatment-options";

    @Test
    void aTreatmentListsTheArticlesThatDiscussIt() {
        api().get("/treatments/transforaminal-steroid-injection/articles")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.slug", contains(ARTICLE))
                .header("Link", containsString("rel=\"first\""));
    }

    @Test
    void aReferenceListsTheArticlesAndTreatmentsThatCiteIt() {
        api().get("/references/4/articles")
                .then().statusCode(200)
                .body("items.slug", contains(ARTICLE));
        api().get("/references/4/treatments")
                .then().statusCode(200)
                .body("items.slug", contains("transforaminal-steroid-injection"));
        api().get("/references/2/treatments")
                .then().statusCode(200)
                .body("items.slug", contains("spinal-cord-stimulation"));
    }

    @Test
    void treatmentsCitingAReferenceComeInNameOrderUnlessSortedOtherwise() {
        api().get("/references/1/treatments")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.name", contains("Revision surgery and fusion", "Spinal cord stimulation"));
        api().queryParam("sort", "-name").get("/references/1/treatments")
                .then().statusCode(200)
                .body("items.slug", contains("spinal-cord-stimulation", "revision-surgery"));
    }

    @Test
    void unknownStartingPointsAre404Problems() {
        api().get("/treatments/no-such-treatment/articles")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No treatment 'no-such-treatment' exists."));
        api().get("/references/999/articles").then().statusCode(404).body("detail", equalTo("No reference '999' exists."));
        api().get("/references/999/treatments").then().statusCode(404);
        api().get("/references/x/treatments").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
