package com.caringmedical.clinic.sync;

import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every public list takes updatedSince: only the items saved at or after that time; every item says when. */
@QuarkusTest
class UpdatedSinceTest {

    private static final String[] LISTS = { "/articles", "/treatments", "/locations", "/authors", "/references" };

    @Test
    void everyListNarrowsToWhatWasSavedSinceAndShowsWhen() {
        for (String list : LISTS) {
            api().get(list).then().statusCode(200)
                    .body("totalItems", greaterThan(0))
                    .body("items[0].updatedAt", notNullValue());
            api().queryParam("updatedSince", "2100-01-01T00:00:00Z").get(list).then().statusCode(200)
                    .body("totalItems", equalTo(0));
        }
    }

    @Test
    void anOfficeSavedJustNowIsTheOnlyOneSinceThen() {
        Instant before = Instant.now().minusMillis(1);
        String slug = newSlug("office");
        as("editor").contentType(ContentType.JSON).body(office(slug, "PUBLISHED")).post("/editor/locations")
                .then().statusCode(201);

        api().queryParam("updatedSince", before.toString()).get("/locations")
                .then().statusCode(200)
                .body("items.slug", contains(slug));
        api().queryParam("updatedSince", "2026-12-03T11:00:00+01:00").queryParam("near", "41.88,-87.78")
                .get("/locations").then().statusCode(200);

        as("editor").header("If-Match", "\"v0\"").delete("/editor/locations/" + slug).then().statusCode(204);
    }

    @Test
    void aTimeWithoutAZoneIsA400() {
        api().queryParam("updatedSince", "2026-12-03T10:00:00").get("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("updatedSince"));
    }
}
