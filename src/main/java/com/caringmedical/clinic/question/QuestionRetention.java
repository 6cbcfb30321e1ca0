package com.caringmedical.clinic.question;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps questions no longer than the clinic needs them: spam is deleted, and closed questions have the patient's
 * personal data erased (as an admin's erasure would), once their time is up. Every instance may run it: the
 * delete is idempotent and each erasure locks its question, so two runs at once do the work once.
 */
@ApplicationScoped
public class QuestionRetention {

    static final String ACTOR = "retention-job";

    private static final Logger LOG = Logger.getLogger(QuestionRetention.class);

    /** What one run did. */
    public record Run(long spamDeleted, int closedErased) {
    }

    private final QuestionRepository questions;
    private final QuestionReviewService review;
    private final QuestionsConfig config;

    QuestionRetention(QuestionRepository questions, QuestionReviewService review, QuestionsConfig config) {
        this.questions = questions;
        this.review = review;
        this.config = config;
    }

    @Scheduled(identity = "question-retention", every = "${clinic.questions.retention.every}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.retention().enabled()) {
            enforce(Instant.now());
        }
    }

    /** Deletes and erases what is past its time at {@code now}. */
    public Run enforce(Instant now) {
        Instant spamCutoff = now.minus(config.retention().deleteSpamAfter());
        long deleted = QuarkusTransaction.requiringNew().call(() -> questions.deleteSpamSince(spamCutoff));
        Instant closedCutoff = now.minus(config.retention().eraseClosedAfter());
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> questions.findClosedUnerasedSince(closedCutoff));
        due.forEach(id -> review.erase(id, ACTOR));
        if (deleted > 0 || !due.isEmpty()) {
            LOG.infof("Retention: deleted %d spam questions, erased the personal data of %d closed ones", deleted,
                    due.size());
        }
        return new Run(deleted, due.size());
    }
}
