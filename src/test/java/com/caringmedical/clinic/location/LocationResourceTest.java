package com.caringmedical.clinic.location;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LocationResourceTest {

    @Test
    void listsBothOfficesByName() {
        api().get("/locations")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.slug", contains("oak-park", "fort-myers"))
                .body("items.timeZone", contains("America/Chicago", "America/New_York"));
    }

    @Test
    void sortsByCity() {
        api().queryParam("sort", "city").get("/locations")
                .then().statusCode(200)
                .body("items.address.city", contains("Fort Myers", "Oak Park"));
    }

    @Test
    void officeHasAddressE164NumbersPositionAndHours() {
        api().get("/locations/oak-park")
                .then().statusCode(200)
                .body("name", equalTo("Chicagoland office"))
                .body("address.line1", equalTo("715 Lake Street"))
                .body("address.line2", equalTo("Suite 600"))
                .body("address.city", equalTo("Oak Park"))
                .body("address.region", equalTo("IL"))
                .body("address.postalCode", equalTo("60301"))
                .body("address.country", equalTo("US"))
                .body("phone", equalTo("+17083938266"))
                .body("fax", equalTo("+18557791950"))
                .body("position.latitude", equalTo(41.8885f))
                .body("position.longitude", equalTo(-87.7946f))
                .body("openingHours[0].days", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("openingHours[0].opens", equalTo("08:00"))
                .body("openingHours[0].closes", equalTo("17:00"));
    }

    @Test
    void floridaOfficeHasNoSecondAddressLine() {
        api().get("/locations/fort-myers")
                .then().statusCode(200)
                .body("address.line1", equalTo("9738 Commerce Center Court"))
                .body("address.postalCode", equalTo("33908"))
                .body("address.containsKey('line2')", equalTo(false));
    }

    @Test
    void unknownSlugIsA404Problem() {
        api().get("/locations/springfield")
                .then().statusCode(404)
                .body("detail", equalTo("No location 'springfield' exists."));
    }

    @Test
    void nearAPointListsTheNearestOfficeFirstWithItsDistance() {
        api().queryParam("near", "41.88,-87.78").get("/locations")
                .then().statusCode(200)
                .body("items.slug", contains("oak-park", "fort-myers"))
                .body("items[0].distanceKm", both(greaterThan(0f)).and(lessThan(5f)))
                .body("items[1].distanceKm", both(greaterThan(1600f)).and(lessThan(1800f)));
        api().queryParam("near", "26.6,-81.9").get("/locations")
                .then().statusCode(200)
                .body("items.slug", contains("fort-myers", "oak-park"));
        api().get("/locations").then().body("items[0]", not(hasKey("distanceKm")));
    }

    @Test
    void badCoordinatesAreA400NamingNear() {
        for (String bad : new String[] { "abc", "91,0", "41.88,-181", "41.88", "41.88,-87.78,3", "," }) {
            api().queryParam("near", bad).get("/locations")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("near"));
        }
        api().queryParam("near", "41.88,-87.78").queryParam("sort", "name").get("/locations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void everyOfficeSaysWhetherItIsOpenNow() {
        api().get("/locations/oak-park").then().statusCode(200).body("openNow", instanceOf(Boolean.class));
    }
}
