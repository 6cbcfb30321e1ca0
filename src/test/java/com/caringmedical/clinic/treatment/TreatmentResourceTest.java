package com.caringmedical.clinic.treatment;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TreatmentResourceTest {

    @Test
    void listsTheEightSeededOptionsByName() {
        api().get("/treatments")
                .then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items.name", contains("Comprehensive Prolotherapy", "Discectomy",
                        "Mindfulness-based stress reduction (MBSR)", "Platelet-rich plasma (PRP)",
                        "Revision surgery and fusion", "Spinal cord stimulation", "Stem cell therapy",
                        "Transforaminal steroid injection (nerve block)"));
    }

    @Test
    void filtersByCategoryInAnyLetterCase() {
        api().queryParam("category", "regenerative_injection").queryParam("sort", "-slug").get("/treatments")
                .then().statusCode(200)
                .body("items.slug", contains("stem-cell-therapy", "prolotherapy", "platelet-rich-plasma"))
                .body("items.category", contains("REGENERATIVE_INJECTION", "REGENERATIVE_INJECTION",
                        "REGENERATIVE_INJECTION"));
    }

    @Test
    void unknownCategoryIsA400ListingTheAllowedValues() {
        api().queryParam("category", "homeopathy").get("/treatments")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", equalTo(
                        "must be one of SURGICAL, INTERVENTIONAL, REGENERATIVE_INJECTION, NEUROMODULATION, MIND_BODY"));
    }

    @Test
    void detailEmbedsEachEvidenceFindingWithItsReference() {
        api().get("/treatments/transforaminal-steroid-injection")
                .then().statusCode(200)
                .body("category", equalTo("INTERVENTIONAL"))
                .body("invasiveness", equalTo("MINIMALLY_INVASIVE"))
                .body("typicalCourse.sessionsMax", equalTo(3))
                .body("evidence", hasSize(1))
                .body("evidence[0].finding", containsString("Of 479 patients"))
                .body("evidence[0].finding", containsString("69 (about 15%)"))
                .body("evidence[0].finding", containsString("26.8%"))
                .body("evidence[0].finding", containsString("43%"))
                .body("evidence[0].reference.authors[0].family", equalTo("Klessinger"))
                .body("evidence[0].reference.journalAbbreviation", equalTo("Pain Med"));
    }

    @Test
    void prolotherapyTakesThreeToSixSessions() {
        api().get("/treatments/prolotherapy")
                .then().statusCode(200)
                .body("typicalCourse.sessionsMin", equalTo(3))
                .body("typicalCourse.sessionsMax", equalTo(6))
                .body("evidence", hasSize(0));
    }

    @Test
    void optionsWithoutAKnownCourseLeaveItOut() {
        api().get("/treatments/spinal-cord-stimulation")
                .then().statusCode(200)
                .body("$", not(hasKey("typicalCourse")))
                .body("evidence.reference.id", contains(1, 2));
    }

    @Test
    void unknownSlugIsA404Problem() {
        api().get("/treatments/bloodletting")
                .then().statusCode(404)
                .body("detail", equalTo("No treatment 'bloodletting' exists."));
    }
}
