package com.caringmedical.clinic.question.submission;

import static com.caringmedical.clinic.testing.QuestionForms.form;
import static com.caringmedical.clinic.testing.QuestionForms.from;
import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.newClientAddress;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import com.icegreen.greenmail.util.GreenMail;

import com.caringmedical.clinic.testing.MailServer;
import com.caringmedical.clinic.testing.ReceivedMail;
import com.caringmedical.clinic.testing.StoredQuestions;

/**
 * The configuration switches, flipped from their defaults: no challenge, no rate limit, a honeypot with another
 * name, the question's text in the staff mail, and an acknowledgement mail to the patient.
 */
@QuarkusTest
@TestProfile(QuestionSwitchesTest.Flipped.class)
class QuestionSwitchesTest {

    public static class Flipped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "clinic.questions.challenge.enabled", "false",
                    "clinic.questions.rate-limit.enabled", "false",
                    "clinic.questions.honeypot-field", "homepage",
                    "clinic.notifications.include-question", "true",
                    "clinic.notifications.patient-acknowledgement", "true");
        }
    }

    @MailServer.Inject
    GreenMail smtp;

    @Inject
    StoredQuestions stored;

    @Test
    void withTheChallengeOffAFormNeedsNoSolution() {
        fromNewClient().body(form()).post("/questions").then().statusCode(202);
    }

    @Test
    void withTheRateLimitOffOneAddressMaySendMore() {
        String address = newClientAddress();
        for (int i = 0; i < 7; i++) {
            from(address).body(form()).post("/questions").then().statusCode(202);
        }
    }

    @Test
    void theHoneypotCanHaveAnotherName() {
        Map<String, Object> bot = form();
        bot.put("homepage", "http://spam.example");
        UUID id = submit(bot);
        assertEquals("SPAM", stored.status(id));

        Map<String, Object> oldName = form();
        oldName.put("website", "");
        fromNewClient().body(oldName).post("/questions")
                .then().statusCode(400)
                .body("errors.field", contains("website"));
    }

    @Test
    void theStaffMailCanCarryTheQuestionButStillNoContactDetails() {
        UUID question = submit(form());
        ReceivedMail mail = awaitMail(question, "oak-park@clinic.test");
        assertTrue(mail.text().contains("Could prolotherapy help with the pain in my lower back"), mail.text());
        assertTrue(mail.html().contains("Could prolotherapy help with the pain in my lower back"), mail.html());
        assertFalse(mail.text().contains("maria.lopez@example.com"));
        assertFalse(mail.text().contains("555 0134"));
    }

    @Test
    void thePatientCanGetAnAcknowledgementThatDoesNotRepeatTheQuestion() {
        Map<String, Object> form = form();
        form.put("email", "ack." + UUID.randomUUID() + "@example.com");
        UUID question = submit(form);
        ReceivedMail mail = awaitMail(question, (String) form.get("email"));
        assertEquals("We received your question", mail.subject());
        assertTrue(mail.text().startsWith("Dear Maria,"), mail.text());
        assertTrue(mail.text().contains("Your reference number: " + question), mail.text());
        assertTrue(mail.text().contains("Office: Chicagoland office, phone +17083938266"), mail.text());
        assertFalse(mail.text().contains("prolotherapy"));
        assertFalse(mail.html().contains("prolotherapy"));
        assertEquals(2, stored.notifications(question).size());
    }

    private ReceivedMail awaitMail(UUID question, String to) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(question, to).size() == 1);
        return mailsTo(question, to).get(0);
    }

    private List<ReceivedMail> mailsTo(UUID question, String to) {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of)
                .filter(mail -> mail.to().equals(List.of(to)) && mail.text().contains(question.toString()))
                .toList();
    }
}
