package com.caringmedical.clinic.staff;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import com.caringmedical.clinic.testing.CapturedLog;
import com.caringmedical.clinic.testing.StaffAccounts;
import com.caringmedical.clinic.testing.StaffSignIn;

/**
 * Guessing a password gets slower and then impossible: from the 3rd failure in a row sign-ins pause (the test
 * profile starts at 4 s, doubling), and the 10th locks the account, however many guesses arrive at once. An
 * unknown username takes as long as a real one. Failures and denials are logged without secrets.
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

    @Test
    void guessesSentAllAtOnceAreCheckedNoMoreThanTheLockCount() throws Exception {
        String username = StaffAccounts.create(StaffRole.STAFF);
        try (CapturedLog log = CapturedLog.start(Level.INFO)) {
            ExecutorService attackers = Executors.newFixedThreadPool(30);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String guess = "guess-number-" + i;
                answers.add(attackers.submit(() -> signIn(username, guess)));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(401, answer.get());
            }
            attackers.shutdown();
            Thread.sleep(1000); // the last failures are logged just after their answers
            long checked = log.lines().stream()
                    .filter(line -> line.contains("Sign-in failed for the account '" + username + "'")).count();
            assertTrue(checked >= 1 && checked <= 10, checked + " of 60 guesses had their password checked");
        }
        int failures = as("admin").get("/staff/accounts/" + username).then().extract().path("failedSignIns");
        assertTrue(failures <= 10, "counted: " + failures);
        StaffAccounts.as(username).get("/questions").then().statusCode(401);
    }

    @Test
    void anUnknownUsernameCostsThePasswordCheckARealOneDoes() throws Exception {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            String username = StaffAccounts.create(StaffRole.STAFF);
            known.add(timed(() -> signIn(username, "not-the-password")));
            unknown.add(timed(() -> signIn("nobody-" + UUID.randomUUID(), "not-the-password")));
        }
        // bcrypt (cost 10) takes tens of milliseconds; looking up a name takes about one.
        assertTrue(median(unknown) * 2 >= median(known), "unknown " + unknown + " ms, known " + known + " ms");
    }

    @TestHTTPResource("/questions")
    URL questions;

    private final HttpClient http = HttpClient.newHttpClient();

    /** GET /questions with these credentials; returns the status. */
    private int signIn(String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(questions.toURI()).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long timed(Callable<Integer> signIn) throws Exception {
        long start = System.nanoTime();
        assertEquals(401, signIn.call());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
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
