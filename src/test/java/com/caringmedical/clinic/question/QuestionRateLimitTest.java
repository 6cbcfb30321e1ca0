package com.caringmedical.clinic.question;

import static com.caringmedical.clinic.testing.QuestionForms.from;
import static com.caringmedical.clinic.testing.QuestionForms.newClientAddress;
import static com.caringmedical.clinic.testing.QuestionForms.newIdempotencyKey;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Five questions per client address per ten minutes (the default), counted in PostgreSQL across instances. */
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
