package com.caringmedical.clinic.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every answer tells browsers not to sniff types, not to frame it, and not to send referrers elsewhere. */
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
}
