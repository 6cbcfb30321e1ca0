package com.caringmedical.clinic.web.caching;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HttpCachingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/failed-back-surgery-syndrome-treatment-options", "/treatments",
            "/treatments/prolotherapy", "/locations", "/locations/fort-myers", "/references", "/references/7"})
    void everyReadSendsAStrongETagAndIsRevalidatedWith304(String path) {
        String etag = api().get(path)
                .then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{24}\""))
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract().header("ETag");

        api().header("If-None-Match", etag).get(path)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/%s", "\"other\", %s", "*"})
    void ifNoneMatchAcceptsWeakTagsListsAndWildcard(String header) {
        String etag = api().get("/locations/oak-park").header("ETag");
        api().header("If-None-Match", header.formatted(etag)).get("/locations/oak-park").then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/treatments", "/references/1"})
    void aStaleTagGetsTheFullBody(String path) {
        api().header("If-None-Match", "\"stale\"").get(path)
                .then().statusCode(200)
                .body(not(emptyString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=1", "sort=-name", "category=SURGICAL"})
    void differentRepresentationsHaveDifferentTags(String query) {
        String all = api().get("/treatments").header("ETag");
        String other = api().get("/treatments?" + query).header("ETag");
        assertNotEquals(all, other);
        assertEquals(other, api().get("/treatments?" + query).header("ETag"), "the same content keeps its tag");
    }
}
