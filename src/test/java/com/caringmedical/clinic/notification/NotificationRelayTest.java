package com.caringmedical.clinic.notification;

import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static com.caringmedical.clinic.testing.QuestionForms.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

import com.caringmedical.clinic.testing.MailServer;
import com.caringmedical.clinic.testing.ReceivedMail;
import com.caringmedical.clinic.testing.StoredQuestions.StoredNotification;
import com.caringmedical.clinic.testing.StoredQuestions;

/**
 * The staff notification as the clinic receives it, through a real SMTP server (GreenMail), and the outbox relay's
 * promises: delivered once, retried while SMTP is down, given up (DEAD) after the configured attempts, never
 * sent twice by concurrent relays. The test profile retries after 0.5-1 s and gives up after 4 attempts.
 */
@QuarkusTest
class NotificationRelayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @MailServer.Inject
    GreenMail smtp;

    @Inject
    StoredQuestions stored;

    @Inject
    NotificationRelay relay;

    @Inject
    NotificationRepository repository;

    @Inject
    Scheduler scheduler;

    @ConfigProperty(name = "clinic.notifications.relay.max-attempts")
    int maxAttempts;

    @ConfigProperty(name = "clinic.notifications.relay.batch-size")
    int batchSize;

    @ConfigProperty(name = "clinic.notifications.relay.concurrency")
    int concurrency;

    @Test
    void aQuestionSendsExactlyOneStaffMailToItsOfficesInbox() {
        UUID question = submit(solvedForm());
        ReceivedMail mail = awaitOneMail(question);
        assertAll(
                () -> assertEquals(List.of("oak-park@clinic.test"), mail.to()),
                () -> assertEquals("New patient question " + question.toString().substring(0, 8)
                        + " – Chicagoland office", mail.subject()),
                () -> assertTrue(mail.text().contains("Reference:  " + question), mail.text()),
                () -> assertTrue(mail.text().contains("First name: Maria"), mail.text()),
                () -> assertTrue(mail.text().contains("Office:     Chicagoland office"), mail.text()),
                () -> assertTrue(mail.text().matches("(?s).*Received:   \\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} C[SD]T.*"),
                        mail.text()),
                () -> assertTrue(mail.text().contains("http://localhost:8080/q/swagger-ui/"), mail.text()),
                () -> assertTrue(mail.html().contains("<td>" + question + "</td>"), mail.html()));
        assertEquals("SENT", stored.staffNotification(question).status());
    }

    @Test
    void byDefaultTheMailCarriesNoQuestionTextAndNoContactDetails() {
        UUID question = submit(solvedForm());
        ReceivedMail mail = awaitOneMail(question);
        for (String secret : List.of("prolotherapy", "Lopez", "maria.lopez@example.com", "555 0134")) {
            assertFalse(mail.text().contains(secret), secret + " is in the text part");
            assertFalse(mail.html().contains(secret), secret + " is in the HTML part");
            assertFalse(mail.subject().contains(secret), secret + " is in the subject");
        }
    }

    @Test
    void namesAreEscapedInTheHtmlPart() {
        Map<String, Object> form = solvedForm();
        form.put("firstName", "Zoë D'Arcy");
        UUID question = submit(form);
        ReceivedMail mail = awaitOneMail(question);
        assertTrue(mail.text().contains("First name: Zoë D'Arcy"), mail.text());
        assertTrue(mail.html().contains("<td>Zoë D&#39;Arcy</td>"), mail.html());
    }

    @Test
    void whileSmtpIsDownTheMailWaitsAndIsDeliveredOnceItIsBack() {
        UUID question;
        smtp.stop();
        try {
            question = submit(solvedForm());
            // The failed attempt is recorded with its error; the mail stays pending for a retry.
            await().atMost(PATIENCE).until(() -> stored.staffNotification(question).lastError() != null);
            StoredNotification waiting = stored.staffNotification(question);
            assertEquals("PENDING", waiting.status());
            assertTrue(waiting.lastError().contains("Exception"), waiting.lastError());
        } finally {
            smtp.start();
        }
        ReceivedMail mail = awaitOneMail(question);
        assertEquals(List.of("oak-park@clinic.test"), mail.to());
        assertEquals("SENT", stored.staffNotification(question).status());
    }

    @Test
    void aMailThatKeepsFailingEndsDeadWithItsLastError() {
        UUID question;
        smtp.stop();
        try {
            question = submit(solvedForm());
            await().atMost(PATIENCE).until(() -> stored.staffNotification(question).status().equals("DEAD"));
        } finally {
            smtp.start();
        }
        StoredNotification dead = stored.staffNotification(question);
        assertEquals(maxAttempts, dead.attempts());
        assertTrue(dead.lastError().contains("Exception"), dead.lastError());
        relay.relayDue();
        assertEquals("DEAD", stored.staffNotification(question).status(), "a dead mail is not retried by itself");
        assertEquals(0, ReceivedMail.withMessageId(smtp, messageIdOf(question)).size());
    }

    @Test
    void aClaimLeftByAnInstanceThatDiedIsTakenOverAfterTheClaimTimeout() {
        UUID question;
        scheduler.pause("notification-relay");
        try {
            question = submit(solvedForm());
            // Another instance claims the mail (with a one-second claim timeout) and dies before sending it.
            UUID notification = stored.staffNotification(question).id();
            List<UUID> claimedByTheDeadInstance = QuarkusTransaction.requiringNew().call(() ->
                    repository.claimDue(UUID.randomUUID(), 500, Duration.ofSeconds(1)));
            assertTrue(claimedByTheDeadInstance.contains(notification));
            assertFalse(relay.relayDue().contains(notification), "while the claim holds, no other relay takes it");
        } finally {
            scheduler.resume("notification-relay");
        }
        awaitOneMail(question);
        assertEquals("SENT", stored.staffNotification(question).status());
        assertTrue(stored.staffNotification(question).attempts() >= 2, "the dead instance's claim counts as one");
    }

    @Test
    void aStoppingRelayHandsBackWhatItClaimedSoTheMailGoesOutWithoutWaiting() {
        UUID question;
        scheduler.pause("notification-relay");
        try {
            question = submit(solvedForm());
            UUID notification = stored.staffNotification(question).id();
            List<UUID> claimed = relay.relayDue(() -> true); // as a run does when shutdown begins
            assertTrue(claimed.contains(notification), "the stopping relay had claimed it");
            assertEquals("PENDING", stored.staffNotification(question).status());
            assertEquals(0, stored.staffNotification(question).attempts(), "a handed-back claim is not an attempt");
            assertEquals(0, ReceivedMail.withMessageId(smtp, messageIdOf(question)).size(), "nothing was sent");
            assertTrue(relay.relayDue().contains(notification), "another relay takes it at once, not after the claim timeout");
        } finally {
            scheduler.resume("notification-relay");
        }
        awaitOneMail(question);
        assertEquals("SENT", stored.staffNotification(question).status());
    }

    @Test
    void twoRelaysRunningAtOnceClaimDifferentMailsAndSendEachOnce() throws Exception {
        scheduler.pause("notification-relay");
        List<UUID> questions = new ArrayList<>();
        List<List<UUID>> firstClaims = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                questions.add(submit(solvedForm()));
            }
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<List<UUID>> relayAtTheSameMoment = () -> {
                start.await();
                return relay.relayDue();
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (Future<List<UUID>> run : pool.invokeAll(List.of(relayAtTheSameMoment, relayAtTheSameMoment))) {
                    firstClaims.add(run.get());
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            scheduler.resume("notification-relay");
        }
        List<UUID> claimedByBoth = new ArrayList<>(firstClaims.get(0));
        claimedByBoth.retainAll(firstClaims.get(1));
        assertEquals(List.of(), claimedByBoth, "no notification is claimed by both relays");
        assertTrue(firstClaims.get(0).size() + firstClaims.get(1).size() >= questions.size(),
                "together they claimed every due notification: " + firstClaims);
        for (UUID question : questions) {
            awaitOneMail(question);
            assertEquals("SENT", stored.staffNotification(question).status());
        }
    }

    @Test
    void aBacklogLargerThanABatchGoesOutInOneRun() {
        List<UUID> questions = new ArrayList<>();
        scheduler.pause("notification-relay");
        try {
            for (int i = 0; i < batchSize + 10; i++) {
                questions.add(submit(solvedForm()));
            }
            relay.relayDue();
            for (UUID question : questions) {
                assertEquals("SENT", stored.staffNotification(question).status(), "sent by the one run");
                assertEquals(1, ReceivedMail.withMessageId(smtp, messageIdOf(question)).size());
            }
        } finally {
            scheduler.resume("notification-relay");
        }
    }

    @Test
    void whileSmtpIsDownARunTriesOnlyTheMailsOnTheirWayAndLeavesTheRestUntried() {
        List<UUID> questions = new ArrayList<>();
        scheduler.pause("notification-relay");
        smtp.stop();
        try {
            for (int i = 0; i < batchSize + 10; i++) {
                questions.add(submit(solvedForm()));
            }
            assertEquals(batchSize, relay.relayDue().size(), "a failed batch ends the run");
            long tried = questions.stream().filter(question -> stored.staffNotification(question).attempts() > 0)
                    .count();
            assertTrue(tried >= 1 && tried <= concurrency, "once a connection failed, the rest of the batch was handed "
                    + "back untried: " + tried + " tried with " + concurrency + " mails on their way at most");
        } finally {
            smtp.start();
            scheduler.resume("notification-relay");
        }
        for (UUID question : questions) {
            awaitOneMail(question);
        }
    }

    /** Waits until the question's staff mail has arrived and the relay has recorded it as sent. */
    private ReceivedMail awaitOneMail(UUID question) {
        String messageId = messageIdOf(question);
        await().atMost(PATIENCE).until(() -> !ReceivedMail.withMessageId(smtp, messageId).isEmpty()
                && stored.staffNotification(question).status().equals("SENT"));
        List<ReceivedMail> mails = ReceivedMail.withMessageId(smtp, messageId);
        assertEquals(1, mails.size(), "mails for question " + question);
        return mails.get(0);
    }

    private String messageIdOf(UUID question) {
        return "<" + stored.staffNotification(question).id() + "@notifications.clinic-api>";
    }
}
