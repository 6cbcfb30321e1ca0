package com.caringmedical.clinic.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import com.caringmedical.clinic.web.openapi.ApiContract;

/** Every client mistake is a precise 4xx problem document; nothing internal leaks. */
@QuarkusTest
class ErrorContractTest {

    @ParameterizedTest(name = "{0}?{1} -> {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            /articles   | size=0      | size | must be greater than or equal to 1
            /treatments | size=1000   | size | must be less than or equal to 100
            /locations  | page=0      | page | must be greater than or equal to 1
            /references | page=abc    | page | must be a whole number
            /references | size=2.5    | size | must be a whole number
            /articles   | sort=bogus  | sort | must be a comma-separated list of publishedAt, updatedAt, title, slug, each used once and optionally prefixed by '-'
            /treatments | sort=name,-name | sort | must be a comma-separated list of name, slug, category, each used once and optionally prefixed by '-'
            /locations  | sort=-      | sort | must be a comma-separated list of name, slug, city, each used once and optionally prefixed by '-'
            """)
    void badListParametersAre400ProblemsNamingTheParameter(String path, String query, String field, String message) {
        ApiContract.api().get(path + "?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:invalid-parameters"))
                .body("title", equalTo("Invalid parameters"))
                .body("status", equalTo(400))
                .body("detail", equalTo("One or more fields or parameters are invalid."))
                .body("instance", equalTo(path))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void everyInvalidParameterIsListed() {
        ApiContract.api().get("/articles?page=0&size=1000")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("page", "size"));
    }

    @Test
    void unknownAddressIsA404Problem() {
        given().get("/no/such/thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:not-found"))
                .body("instance", equalTo("/no/such/thing"));
    }

    @Test
    void unsupportedMethodIsA405ProblemWithAllow() {
        given().contentType("application/json").body("{}").post("/articles")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:method-not-allowed"));
    }

    @Test
    void unacceptableMediaTypeIsA406Problem() {
        ApiContract.api().accept("text/html").get("/articles")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:not-acceptable"));
    }

    @Test
    void problemsNeverCarryStackTracesOrSql() {
        given().get("/references/99999999999999999999999")
                .then().statusCode(400)
                .body(allOf(not(containsString("Exception")), not(containsString("at com.")),
                        not(containsString("select"))))
                .body("errors.field", hasItem("id"));
    }
}
