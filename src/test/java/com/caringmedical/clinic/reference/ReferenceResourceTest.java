package com.caringmedical.clinic.reference;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void listsAllSevenCitedReferencesInIdOrder() {
        api().get("/references")
                .then().statusCode(200)
                .body("totalItems", equalTo(7))
                .body("items.id", contains(1, 2, 3, 4, 5, 6, 7))
                .body("items[0].authors.family", contains("Hussain", "Erdek"));
    }

    @Test
    void sortsByYearDescendingWithIdAsTieBreaker() {
        api().queryParam("sort", "-year").get("/references")
                .then().statusCode(200)
                .body("items.year", contains(2013, 2012, 2012, 2012, 2011, 2011, 2008))
                .body("items.id", contains(1, 2, 4, 7, 3, 6, 5));
    }

    @Test
    void showsFullBibliographicDataWithLinksAndAmaCitation() {
        api().get("/references/3")
                .then().statusCode(200)
                .body("authors.family", contains("Lebow", "Adogwa", "Parker", "Sharma", "Cheng", "McGirt"))
                .body("journalAbbreviation", equalTo("Spine (Phila Pa 1976)"))
                .body("year", equalTo(2011))
                .body("volume", equalTo("36"))
                .body("issue", equalTo("25"))
                .body("pages", equalTo("2147-2151"))
                .body("doi", equalTo("10.1097/BRS.0b013e3182054595"))
                .body("pmid", equalTo("21343849"))
                .body("doiUrl", equalTo("https://doi.org/10.1097/BRS.0b013e3182054595"))
                .body("pubmedUrl", equalTo("https://pubmed.ncbi.nlm.nih.gov/21343849/"))
                .body("citation.style", equalTo("ama"))
                .body("citation.text", startsWith("Lebow RL, Adogwa O, Parker SL, Sharma A, Cheng J, McGirt MJ. "));
    }

    @Test
    void leavesOutFieldsThatAreNotKnown() {
        api().get("/references/6")
                .then().statusCode(200)
                .body("$", not(hasKey("doi")))
                .body("$", not(hasKey("pmid")));
    }

    @Test
    void unknownIdIsA404Problem() {
        api().get("/references/999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No reference '999' exists."))
                .body("instance", equalTo("/references/999"));
    }

    @Test
    void nonNumericIdIsA400ProblemNamingTheParameter() {
        api().get("/references/abc")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:invalid-parameters"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }
}
