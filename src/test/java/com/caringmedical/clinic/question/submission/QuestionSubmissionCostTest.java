package com.caringmedical.clinic.question.submission;

import static com.caringmedical.clinic.testing.QuestionForms.fromNewClient;
import static com.caringmedical.clinic.testing.QuestionForms.newIdempotencyKey;
import static com.caringmedical.clinic.testing.QuestionForms.solvedForm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What one question costs the database, with every defence on: one transaction of six statements (the
 * Idempotency-Key, the spent challenge, the rate-limit token, the question, the staff mail, and the webhook
 * deliveries of question.received: one INSERT ... SELECT that writes nothing while nobody subscribed). The office
 * is checked from memory. The relays are paused while the test counts: Hibernate counts for the whole application.
 */
@QuarkusTest
class QuestionSubmissionCostTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void pauseTheRelay() throws InterruptedException {
        scheduler.pause();
        Thread.sleep(300); // lets a relay run that had already started finish
        fromNewClient().body(solvedForm()).post("/questions").then().statusCode(202); // the offices are in memory now
    }

    @AfterEach
    void resumeTheRelay() {
        scheduler.resume();
    }

    @Test
    void aQuestionIsOneTransactionOfSixStatements() {
        Statistics statistics = statistics();
        fromNewClient().header("Idempotency-Key", newIdempotencyKey()).body(solvedForm()).post("/questions")
                .then().statusCode(202);
        assertEquals(1, statistics.getTransactionCount(), "transactions");
        assertEquals(6, statistics.getPrepareStatementCount(), "statements");
    }

    @Test
    void aRetryIsOneTransactionThatStoresNothing() {
        Map<String, Object> form = solvedForm();
        String key = newIdempotencyKey();
        fromNewClient().header("Idempotency-Key", key).body(form).post("/questions").then().statusCode(202);
        Statistics statistics = statistics();
        fromNewClient().header("Idempotency-Key", key).body(form).post("/questions").then().statusCode(202);
        assertEquals(1, statistics.getTransactionCount(), "transactions");
        assertEquals(0, statistics.getEntityInsertCount(), "rows inserted");
    }

    private Statistics statistics() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        return statistics;
    }
}
