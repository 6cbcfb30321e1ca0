package com.caringmedical.clinic.staff;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.caringmedical.clinic.testing.CapturedLog;
import com.caringmedical.clinic.testing.StaffAccounts;
import com.caringmedical.clinic.testing.StaffSignIn;

/**
 * Guessing a password gets slower and then impossible: from the 3rd failure in a row sign-ins pause (the test
 * profile starts at 4 s, doubling), and the 10th locks the account. Failures and denials are logged without
 * secrets.
 */
@QuarkusTest
class SignInProtectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void aFewTyposDoNotGetInTheWayAndASuccessfulSignInForgetsThem() {
        String username = StaffAccounts.create(StaffRole.STAFF);
        failSignIn(username, 2);
        StaffAccounts.as(username).get("/questions").then().statusCode(200);
        awaitFailures(username, 0);
    }

    @Test
    void fromTheThirdFailureInARowEvenTheRightPasswordWaits() {
        String username = StaffAccounts.create(StaffRole.STAFF);
        failSignIn(username, 3);
        as("admin").get("/staff/accounts/" + username).then().body("lockedUntil", notNullValue());
        StaffAccounts.as(username).get("/questions")
                .then().statusCode(401)
                .contentType("application/problem+json");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> StaffAccounts.as(username).get("/questions").then().statusCode(200));
        awaitFailures(username, 0);
    }

    @Test
    void aPasswordResetLiftsTheWait() {
        String username = StaffAccounts.create(StaffRole.STAFF);
        failSignIn(username, 3);
        as("admin").contentType("application/json").body(Map.of("password", "a-fresh-passphrase-1"))
                .put("/staff/accounts/" + username + "/password").then().statusCode(204);
        StaffSignIn.with(username, "a-fresh-passphrase-1").get("/questions").then().statusCode(200);
    }

    @Test
    void failuresAndDenialsAreLoggedWithoutPasswordsOrUnknownNames() {
        String username = StaffAccounts.create(StaffRole.EDITOR);
        String typedInTheWrongField = "secret-" + UUID.randomUUID();
        try (CapturedLog log = CapturedLog.start(Level.INFO)) {
            StaffSignIn.with(username, "the-wrong-password-123").get("/questions").then().statusCode(401);
            StaffSignIn.with(typedInTheWrongField, "whatever-password").get("/questions").then().statusCode(401);
            StaffAccounts.as(username).queryParam("q", "Lopez").get("/questions").then().statusCode(403);

            await().atMost(PATIENCE).untilAsserted(() -> {
                String all = String.join("\n", log.lines());
                assertTrue(all.contains("Sign-in failed for the account '" + username + "' (1 in a row; GET /questions"),
                        all);
                assertTrue(all.contains("Sign-in failed for an unknown username (GET /questions"), all);
                assertTrue(all.contains("Denied: the account '" + username + "' with the roles [editor] may not GET "
                        + "/questions"), all);
            });
            String all = String.join("\n", log.lines());
            assertFalse(all.contains("the-wrong-password-123"), all);
            assertFalse(all.contains(typedInTheWrongField), all);
            assertFalse(all.contains("Lopez"), "no query string: " + all);
        }
    }

    private static void failSignIn(String username, int times) {
        for (int i = 0; i < times; i++) {
            StaffSignIn.with(username, "not-the-password-" + i).get("/questions").then().statusCode(401);
            // Failures are counted just after the answer; wait so the next attempt sees the count.
            awaitFailures(username, i + 1);
        }
    }

    private static void awaitFailures(String username, int count) {
        await().atMost(PATIENCE).untilAsserted(() -> as("admin").get("/staff/accounts/" + username)
                .then().body("failedSignIns", equalTo(count)));
    }
}
