package com.caringmedical.clinic.question.review;

import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.icegreen.greenmail.util.GreenMail;

import com.caringmedical.clinic.testing.CapturedLog;
import com.caringmedical.clinic.testing.MailServer;
import com.caringmedical.clinic.testing.StoredQuestions;

/**
 * No email address, phone number or question text reaches the log, at any level the build can emit (DEBUG and
 * up), on the happy path, on refusals, and while mail delivery fails and recovers. The test's own tools share the
 * JVM and do log what they send or receive (the HTTP client's wire log, GreenMail's SMTP log); their loggers are
 * left out, everything the service logs is kept.
 */
@QuarkusTest
class QuestionPrivacyTest {

    @MailServer.Inject
    GreenMail smtp;

    @Inject
    StoredQuestions stored;

    @Inject
    DataSource dataSource;

    @Test
    void noContactDetailOrQuestionTextIsEverLogged() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "privacy." + marker + "@example.com";
        String phone = "+1 312 555 " + marker.replaceAll("[^0-9]", "7").substring(0, 4);
        String text = "My lumbar pain, secret " + marker + ", gets worse when I sit for long.";
        List<String> secrets = List.of(email, phone, text, marker);

        List<String> log = CapturedLog.during(Level.FINE, () -> {
            Map<String, Object> form = solvedForm();
            form.put("email", email);
            form.put("phone", phone);
            form.put("question", text);
            UUID delivered = submit(form);
            await().atMost(Duration.ofSeconds(20)).until(() -> stored.staffNotification(delivered).status().equals("SENT"));

            Map<String, Object> spam = solvedForm();
            spam.putAll(Map.of("email", email, "phone", phone, "question", text, "website", "bot"));
            submit(spam);

            Map<String, Object> refused = solvedForm();
            refused.putAll(Map.of("email", email + " <x>", "phone", phone + "x", "question", text, "extra", text));
            fromNewClient().body(refused).post("/questions").then().statusCode(400);

            smtp.stop();
            UUID delayed;
            try {
                delayed = submit(form(email, phone, text));
                await().atMost(Duration.ofSeconds(20)).until(() -> stored.staffNotification(delayed).lastError() != null);
            } finally {
                smtp.start();
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(
                    stored.staffNotification(delayed).withStatus("SENT"), stored.staffNotification(delayed)));
        });

        assertTrue(log.size() > 10, "the capture saw the service's log (" + log.size() + " lines)");
        for (String line : log) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "logged: " + line);
            }
        }
    }

    @Test
    void databaseErrorsDoNotQuoteTheFailingRow() {
        SQLException error = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("""
                        insert into question (id, status, first_name, email, question_text, received_at,
                                              status_changed_at)
                        values (gen_random_uuid(), 'NO-SUCH-STATUS', 'Maria', 'row.leak@example.com', 'text', now(),
                                now())""");
            }
        });
        assertTrue(error.getMessage().contains("violates check constraint"), error.getMessage());
        assertFalse(error.getMessage().contains("row.leak@example.com"), error.getMessage());
    }

    private static Map<String, Object> form(String email, String phone, String text) {
        Map<String, Object> form = solvedForm();
        form.putAll(Map.of("email", email, "phone", phone, "question", text));
        return form;
    }
}
