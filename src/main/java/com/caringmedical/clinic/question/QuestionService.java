package com.caringmedical.clinic.question;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.caringmedical.clinic.location.Location;
import com.caringmedical.clinic.location.LocationService;
import com.caringmedical.clinic.notification.NotificationOutbox;
import com.caringmedical.clinic.web.InvalidFieldsException;
import com.caringmedical.clinic.web.Problem;

/**
 * Takes in patients' questions. The checks run cheapest first: the form's own rules, then an Idempotency-Key
 * replay (which must not count against the rate limit or need a fresh challenge), the rate limit, and the
 * challenge. Then one transaction stores the key, the spent challenge, the question and its notification: the
 * receipt is returned only after all of them are committed.
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

    QuestionService(QuestionRepository questions, LocationService locations, IdempotencyKeys idempotencyKeys,
            SubmissionRateLimit rateLimit, SubmissionChallenge challenge, NotificationOutbox outbox,
            QuestionMetrics metrics, QuestionsConfig config) {
        this.questions = questions;
        this.locations = locations;
        this.idempotencyKeys = idempotencyKeys;
        this.rateLimit = rateLimit;
        this.challenge = challenge;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config;
    }

    public ChallengeView challenge() {
        return challenge.issue();
    }

    /**
     * Stores a question and queues its notification; returns the receipt to show the patient.
     *
     * @param idempotencyKey the client's Idempotency-Key header, or null
     */
    public QuestionReceipt submit(QuestionForm form, String clientAddress, String idempotencyKey) {
        Optional<Location> location = checkFields(form);
        String fingerprint = form.fingerprint();
        if (idempotencyKey != null) {
            Optional<QuestionReceipt> replay = QuarkusTransaction.requiringNew()
                    .call(() -> replay(idempotencyKey, fingerprint));
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        rateLimit.consume(clientAddress);
        Optional<SubmissionChallenge.Solved> solved = challenge.enabled()
                ? Optional.of(challenge.verify(form.altcha()))
                : Optional.empty();
        boolean spam = isHoneypotFilled(form);
        Submission submission = QuarkusTransaction.requiringNew()
                .call(() -> store(form, location.orElse(null), spam, fingerprint, idempotencyKey, solved));
        if (submission.isNew()) {
            metrics.received(spam ? QuestionMetrics.Outcome.SPAM : QuestionMetrics.Outcome.ACCEPTED);
        }
        return submission.receipt();
    }

    private Submission store(QuestionForm form, Location location, boolean spam, String fingerprint,
            String idempotencyKey, Optional<SubmissionChallenge.Solved> solved) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Question question = new Question(form, location, spam ? QuestionStatus.SPAM : QuestionStatus.NEW, now);
        if (idempotencyKey != null
                && !idempotencyKeys.record(idempotencyKey, new IdempotencyKeys.Use(fingerprint, question.id()), now)) {
            // A concurrent request with this key committed while we were checking; answer as it did.
            return new Submission(replay(idempotencyKey, fingerprint).orElseThrow(), false);
        }
        solved.ifPresent(challenge::spend);
        questions.persist(question);
        if (!spam) {
            outbox.enqueueFor(question);
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

    /** Rules Bean Validation cannot express: no unknown fields, and the location must exist. */
    private Optional<Location> checkFields(QuestionForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        form.otherFields().keySet().stream()
                .filter(name -> !name.equals(config.honeypotField()))
                .sorted()
                .forEach(name -> errors.add(new Problem.FieldError(name, "is not a field of this form")));
        Optional<Location> location = Optional.empty();
        if (form.location() != null) {
            location = QuarkusTransaction.requiringNew().call(() -> locations.findEntity(form.location()));
            if (location.isEmpty()) {
                errors.add(new Problem.FieldError("location", "no office has the slug '" + form.location() + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return location;
    }

    private boolean isHoneypotFilled(QuestionForm form) {
        Object value = form.otherFields().get(config.honeypotField());
        return value != null && !String.valueOf(value).isBlank();
    }

    private record Submission(QuestionReceipt receipt, boolean isNew) {
    }
}
