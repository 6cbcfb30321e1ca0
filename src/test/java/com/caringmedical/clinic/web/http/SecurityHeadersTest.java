package com.caringmedical.clinic.web.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every answer tells browsers not to sniff types, not to frame it, and not to send referrers elsewhere; over
 * HTTPS, to keep using HTTPS.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void contentErrorsAndSwaggerUiCarryTheSecurityHeaders() {
        for (String path : new String[] { "/articles", "/articles/no-such-article", "/questions", "/q/swagger-ui/" }) {
            given().get(path)
                    .then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    @Test
    void hstsIsSentWhenTheTrustedProxySaysTheRequestCameOverHttps() {
        given().header("X-Forwarded-Proto", "https").get("/articles")
                .then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        given().header("X-Forwarded-Proto", "https").get("/q/swagger-ui/")
                .then().header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        given().get("/articles")
                .then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
