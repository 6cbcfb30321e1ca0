package com.caringmedical.clinic.question.submission;

import static com.caringmedical.clinic.testing.QuestionForms.form;
import static com.caringmedical.clinic.testing.QuestionForms.from;
import static com.caringmedical.clinic.testing.QuestionForms.newClientAddress;
import static com.caringmedical.clinic.testing.QuestionForms.newIdempotencyKey;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Five questions per client address (an IPv6 client per /64) per ten minutes, the default, counted in PostgreSQL
 * across instances. The address is the rightmost X-Forwarded-For entry no trusted proxy wrote, and only questions
 * that pass every other check take from its allowance.
 */
@QuarkusTest
class QuestionRateLimitTest {

    @Test
    void theSixthQuestionWithinTenMinutesIsA429WithRetryAfter() {
        String address = newClientAddress();
        for (int i = 0; i < 5; i++) {
            from(address).body(solvedForm()).post("/questions").then().statusCode(202);
        }
        String retryAfter = from(address).body(solvedForm()).post("/questions")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:clinic:rate-limited"))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds > 0 && seconds <= 121, "one question comes back every two minutes; got " + seconds);
    }

    @Test
    void otherAddressesAreNotAffected() {
        String busy = newClientAddress();
        for (int i = 0; i < 5; i++) {
            from(busy).body(solvedForm()).post("/questions").then().statusCode(202);
        }
        from(busy).body(solvedForm()).post("/questions").then().statusCode(429);
        from(newClientAddress()).body(solvedForm()).post("/questions").then().statusCode(202);
    }

    @Test
    void aRetryOfAnAcceptedQuestionIsNotCounted() {
        String address = newClientAddress();
        String key = newIdempotencyKey();
        Map<String, Object> form = solvedForm();
        for (int i = 0; i < 8; i++) {
            from(address).header("Idempotency-Key", key).body(form).post("/questions").then().statusCode(202);
        }
        from(address).body(solvedForm()).post("/questions").then().statusCode(202);
    }

    @Test
    void failedChallengesDoNotSpendTheAddressesAllowance() {
        String sharedOffice = newClientAddress();
        Map<String, Object> bogus = form();
        bogus.put("altcha", "e30=");
        for (int i = 0; i < 8; i++) {
            from(sharedOffice).body(bogus).post("/questions").then().statusCode(400)
                    .body("type", equalTo("urn:problem-type:clinic:challenge-failed"));
        }
        from(sharedOffice).body(solvedForm()).post("/questions").then().statusCode(202);
    }

    @Test
    void aChallengeSentAgainIsRefusedWithoutSpendingTheAllowance() {
        String address = newClientAddress();
        Map<String, Object> once = solvedForm();
        from(address).body(once).post("/questions").then().statusCode(202);
        for (int i = 0; i < 8; i++) {
            from(address).body(once).post("/questions").then().statusCode(400)
                    .body("detail", containsString("already used"));
        }
        for (int i = 0; i < 4; i++) {
            from(address).body(solvedForm()).post("/questions").then().statusCode(202);
        }
        from(address).body(solvedForm()).post("/questions").then().statusCode(429);
    }

    @Test
    void behindTwoTrustedProxiesTheClientIsTheAddressTheFirstProxySaw() {
        // The CDN (192.0.2.0/24, trusted in the test profile) appended the client it saw, the load balancer on
        // loopback appended the CDN; whatever the client wrote further left changes nothing.
        String client = newClientAddress();
        for (int i = 0; i < 5; i++) {
            chain("198.51.100." + i + ", " + client + ", 192.0.2.10").body(solvedForm()).post("/questions")
                    .then().statusCode(202);
        }
        chain("198.51.100.99, " + client + ", 192.0.2.10").body(solvedForm()).post("/questions")
                .then().statusCode(429);
        chain(newClientAddress() + ", 192.0.2.10").body(solvedForm()).post("/questions").then().statusCode(202);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        String network = "2001:db8:" + Integer.toHexString(NEXT_NETWORK.incrementAndGet()) + ":7";
        for (int i = 1; i <= 5; i++) {
            from(network + "::" + Integer.toHexString(i * 4099)).body(solvedForm()).post("/questions")
                    .then().statusCode(202);
        }
        from(network + ":ffff:ffff:ffff:ffff").body(solvedForm()).post("/questions").then().statusCode(429);
        from(network.replaceFirst(":7$", ":8") + "::1").body(solvedForm()).post("/questions").then().statusCode(202);
    }

    @Test
    void aForwardedAddressThatIsNoAddressIsCountedAgainstTheProxyThatSentIt() {
        chain("unknown, 192.0.2.77").body(solvedForm()).post("/questions").then().statusCode(202);
        chain("999.999.999.999, ::z, 192.0.2.77").body(solvedForm()).post("/questions").then().statusCode(202);
        assertEquals(1L, bucketsOf(address("192.0.2.77")), "both were counted against the CDN that passed them on");
    }

    @Test
    void bucketKeysAreKeyedHashesNotReversibleHashesOfAddresses() {
        String client = newClientAddress();
        from(client).body(solvedForm()).post("/questions").then().statusCode(202);
        String key = rateLimit.bucketKey(address(client));
        assertEquals(1L, bucketsOf(address(client)), "the client's bucket is stored under its keyed hash");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from rate_limit_bucket where id like :plain")
                .setParameter("plain", "%" + FormText.sha256(client) + "%").getSingleResult()).longValue()),
                "no bucket is named by a plain hash of the address");
        assertEquals(key, rateLimit.bucketKey(address(client)), "the same client, the same bucket");
        assertEquals(rateLimit.bucketKey(address("2001:db8:aa:bb::1")),
                rateLimit.bucketKey(address("2001:db8:aa:bb:1234:5678:9abc:def0")));
        assertNotEquals(rateLimit.bucketKey(address("2001:db8:aa:bb::1")), rateLimit.bucketKey(address("2001:db8:aa:bc::1")));
    }

    @Test
    void housekeepingDeletesTheBucketsThatHaveRefilledAndKeepsTheOthers() {
        String recent = newClientAddress();
        from(recent).body(solvedForm()).post("/questions").then().statusCode(202);
        String refilled = "questions:refilled-" + newIdempotencyKey();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into rate_limit_bucket (id, tokens, refilled_at) values (:id, 0, now() - interval '1 hour')")
                .setParameter("id", refilled).executeUpdate()); // empty an hour ago: full again after ten minutes
        rateLimit.removeFullBuckets();
        assertEquals(1L, bucketsOf(address(recent)), "a bucket still missing a token is kept");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from rate_limit_bucket where id = :id")
                .setParameter("id", refilled).getSingleResult()).longValue()), "a full bucket holds nothing");
    }

    private static final AtomicInteger NEXT_NETWORK = new AtomicInteger();

    @Inject
    SubmissionRateLimit rateLimit;

    @Inject
    EntityManager entityManager;

    /** Through the CDN and the load balancer: X-Forwarded-For as the two proxies left it. */
    private static RequestSpecification chain(String forwardedFor) {
        return api().contentType(ContentType.JSON).header("X-Forwarded-For", forwardedFor);
    }

    private long bucketsOf(InetAddress client) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from rate_limit_bucket where id = :id")
                .setParameter("id", rateLimit.bucketKey(client)).getSingleResult()).longValue());
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @TestHTTPResource("/questions")
    URL questions;

    @Test
    void aClientThatIsNotATrustedProxyCannotPickItsAddress() throws Exception {
        // 127.0.0.2 is not in quarkus.http.proxy.trusted-proxies, so its X-Forwarded-For is ignored and five fresh
        // addresses it claims all count against 127.0.0.2 itself.
        for (int i = 0; i < 5; i++) {
            assertEquals(202, postFrom("127.0.0.2", newClientAddress()));
        }
        assertEquals(429, postFrom("127.0.0.2", newClientAddress()));
    }

    /** A plain HTTP/1.1 POST from a chosen local address; returns the status code. */
    private int postFrom(String localAddress, String claimedAddress) throws Exception {
        byte[] body = new ObjectMapper().writeValueAsBytes(solvedForm());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), questions.getPort()), 5000);
            socket.setSoTimeout(10000);
            String head = "POST /questions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + claimedAddress + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
