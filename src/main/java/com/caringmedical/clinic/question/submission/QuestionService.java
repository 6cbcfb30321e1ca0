package com.caringmedical.clinic.question.submission;

import java.net.InetAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.caringmedical.clinic.location.LocationService;
import com.caringmedical.clinic.notification.NotificationOutbox;
import com.caringmedical.clinic.question.Question;
import com.caringmedical.clinic.question.QuestionReceived;
import com.caringmedical.clinic.question.QuestionRepository;
import com.caringmedical.clinic.question.QuestionStatus;
import com.caringmedical.clinic.question.QuestionsConfig;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;

/**
 * Takes in patients' questions, in one database transaction each. Before it: the form's own rules, the challenge's
 * signature and expiry, and the office (from memory), none of which reads the database. In it, in this order: the
 * Idempotency-Key (a key already used answers as the first request did, and nothing else happens), the challenge
 * spent, a token from the client network's rate limit, the question and its notification. Any refusal rolls all of
 * it back, so a request that fails a check never spends its address's allowance, and the receipt is returned only
 * after everything is committed.
 */
@ApplicationScoped
public class QuestionService {

    private final QuestionRepository questions;
    private final LocationService locations;
    private final IdempotencyKeys idempotencyKeys;
    private final SubmissionRateLimit rateLimit;
    private final SubmissionChallenge challenge;
    private final NotificationOutbox outbox;
    private final QuestionMetrics metrics;
    private final QuestionsConfig config;
    private final Event<QuestionReceived> received;

    QuestionService(QuestionRepository questions, LocationService locations, IdempotencyKeys idempotencyKeys,
            SubmissionRateLimit rateLimit, SubmissionChallenge challenge, NotificationOutbox outbox,
            QuestionMetrics metrics, QuestionsConfig config, Event<QuestionReceived> received) {
        this.questions = questions;
        this.locations = locations;
        this.idempotencyKeys = idempotencyKeys;
        this.rateLimit = rateLimit;
        this.challenge = challenge;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config;
        this.received = received;
    }

    public ChallengeView challenge() {
        return challenge.issue();
    }

    /**
     * Stores a question and queues its notification; returns the receipt to show the patient.
     *
     * @param idempotencyKey the client's Idempotency-Key header, or null
     */
    public QuestionReceipt submit(QuestionForm form, InetAddress clientAddress, String idempotencyKey) {
        checkFields(form);
        String fingerprint = form.fingerprint();
        Optional<SubmissionChallenge.Solved> solved;
        try {
            solved = challenge.enabled() ? Optional.of(challenge.verify(form.altcha())) : Optional.empty();
        } catch (ChallengeRejected rejected) {
            // A retry may come after its challenge expired, or without it: the first answer still stands.
            if (idempotencyKey != null) {
                Optional<QuestionReceipt> replay = QuarkusTransaction.requiringNew()
                        .call(() -> replay(idempotencyKey, fingerprint));
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw rejected;
        }
        Optional<Long> officeId = office(form);
        boolean spam = isHoneypotFilled(form);
        Submission submission = QuarkusTransaction.requiringNew().call(
                () -> store(form, officeId, spam, fingerprint, idempotencyKey, solved, clientAddress));
        if (submission.isNew()) {
            metrics.received(spam ? QuestionMetrics.Outcome.SPAM : QuestionMetrics.Outcome.ACCEPTED);
        }
        return submission.receipt();
    }

    private Submission store(QuestionForm form, Optional<Long> officeId, boolean spam, String fingerprint,
            String idempotencyKey, Optional<SubmissionChallenge.Solved> solved, InetAddress clientAddress) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Question question = new Question(form.patient(), form.question(), officeId.map(locations::reference).orElse(null),
                form.sourceArticle(), spam ? QuestionStatus.SPAM : QuestionStatus.NEW, now);
        if (idempotencyKey != null
                && !idempotencyKeys.record(idempotencyKey, new IdempotencyKeys.Use(fingerprint, question.id()), now)) {
            // The key was used before (committed: a concurrent first use makes this insert wait for its end).
            return new Submission(replay(idempotencyKey, fingerprint).orElseThrow(), false);
        }
        solved.ifPresent(challenge::spend);
        rateLimit.consume(clientAddress);
        questions.persist(question);
        if (!spam) {
            outbox.queue(question.id(), form.location(), now);
            received.fire(new QuestionReceived(question.id(), form.location(), now));
        }
        return new Submission(QuestionReceipt.of(question), true);
    }

    private Optional<QuestionReceipt> replay(String idempotencyKey, String fingerprint) {
        return idempotencyKeys.find(idempotencyKey).map(use -> {
            if (!use.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused();
            }
            return QuestionReceipt.of(questions.findById(use.questionId()));
        });
    }

    /** A rule Bean Validation cannot express: no field but the form's own (and the honeypot). */
    private void checkFields(QuestionForm form) {
        List<Problem.FieldError> errors = form.otherFields().keySet().stream()
                .filter(name -> !name.equals(config.honeypotField()))
                .sorted()
                .map(name -> new Problem.FieldError(name, "is not a field of this form"))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** The id of the office the question is for, which must be published when one is named. */
    private Optional<Long> office(QuestionForm form) {
        if (form.location() == null) {
            return Optional.empty();
        }
        Optional<Long> id = locations.publishedId(form.location());
        if (id.isEmpty()) {
            throw new InvalidFieldsException(List.of(
                    new Problem.FieldError("location", "no office has the slug '" + form.location() + "'")));
        }
        return id;
    }

    private boolean isHoneypotFilled(QuestionForm form) {
        Object value = form.otherFields().get(config.honeypotField());
        return value != null && !String.valueOf(value).isBlank();
    }

    private record Submission(QuestionReceipt receipt, boolean isNew) {
    }
}
