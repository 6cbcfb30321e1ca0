package com.caringmedical.clinic.question.retention;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import com.caringmedical.clinic.question.QuestionRepository;
import com.caringmedical.clinic.question.QuestionStatus;
import com.caringmedical.clinic.question.QuestionsConfig;
import com.caringmedical.clinic.question.review.QuestionReviewService;

/**
 * Keeps questions no longer than the clinic needs them: spam is deleted, and the patient's personal data are erased
 * (as an admin's erasure would) from closed questions once their time is up, and from open ones (new, in progress
 * or answered) nobody has moved for a longer time, so that a question staff forgot to close does not keep its data
 * for ever. Every instance may run it: the delete is idempotent and each erasure locks its question, so two runs at
 * once do the work once.
 */
@ApplicationScoped
public class QuestionRetention {

    static final String ACTOR = "retention-job";

    private static final Logger LOG = Logger.getLogger(QuestionRetention.class);
    private static final Set<QuestionStatus> OPEN =
            EnumSet.of(QuestionStatus.NEW, QuestionStatus.IN_PROGRESS, QuestionStatus.ANSWERED);

    /** What one run did. */
    public record Run(long spamDeleted, int closedErased, int openErased) {
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
        int closed = eraseUnmovedSince(EnumSet.of(QuestionStatus.CLOSED), now.minus(config.retention().eraseClosedAfter()));
        int open = eraseUnmovedSince(OPEN, now.minus(config.retention().eraseOpenAfter()));
        if (deleted > 0 || closed > 0 || open > 0) {
            LOG.infof("Retention: deleted %d spam questions, erased the personal data of %d closed and %d open ones",
                    deleted, closed, open);
        }
        return new Run(deleted, closed, open);
    }

    private int eraseUnmovedSince(Set<QuestionStatus> statuses, Instant cutoff) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> questions.findUnerasedUnmovedSince(statuses, cutoff));
        due.forEach(id -> review.erase(id, ACTOR));
        return due.size();
    }
}
