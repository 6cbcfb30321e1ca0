package com.caringmedical.clinic.web.http;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a proxy that serves the API under a path of its own, the operator sets clinic.http.public-base-url and
 * every Link and Location is absolute with it, whatever Host the request named.
 */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.BehindAPathPrefix.class)
class PublicBaseUrlTest {

    public static class BehindAPathPrefix implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clinic.http.public-base-url", "https://api.clinic.example/v1/");
        }
    }

    @Test
    void pageLinksAreAbsoluteWithTheConfiguredAddress() {
        api().header("Host", "evil.example").get("/references?size=2")
                .then().statusCode(200)
                .header("Link", startsWith("<https://api.clinic.example/v1/references?size=2&page=1>; rel=\"first\", "
                        + "<https://api.clinic.example/v1/references?size=2&page=2>; rel=\"next\""));
        api().get("/references?size=2")
                .then().header("Link", startsWith("<https://api.clinic.example/v1/references?size=2&page=1>"));
    }

    @Test
    void theLocationOfSomethingCreatedIsAbsoluteWithTheConfiguredAddress() {
        String username = "base-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin").header("Host", "evil.example").contentType("application/json")
                .body(Map.of("username", username, "password", "long-enough-password", "roles", List.of("staff")))
                .post("/staff/accounts")
                .then().statusCode(201)
                .header("Location", equalTo("https://api.clinic.example/v1/staff/accounts/" + username));
    }
}
