package com.caringmedical.clinic.question.submission;

import java.net.InetAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.caringmedical.clinic.location.Location;
import com.caringmedical.clinic.location.LocationService;
import com.caringmedical.clinic.notification.NotificationOutbox;
import com.caringmedical.clinic.question.Question;
import com.caringmedical.clinic.question.QuestionRepository;
import com.caringmedical.clinic.question.QuestionStatus;
import com.caringmedical.clinic.question.QuestionsConfig;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;

/**
 * Takes in patients' questions. The checks run cheapest first, and nothing a bogus request can send costs a real
 * patient anything: the form's own rules, then an Idempotency-Key replay (which must not count against the rate
 * limit or need a fresh challenge), the challenge's signature and expiry (no database), the office, and only then
 * the rate limit, so requests that fail any check never spend the allowance of the address they came from. Then one
 * transaction stores the key, the spent challenge, the question and its notification: the receipt is returned only
 * after all of them are committed.
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
    public QuestionReceipt submit(QuestionForm form, InetAddress clientAddress, String idempotencyKey) {
        checkFields(form);
        String fingerprint = form.fingerprint();
        if (idempotencyKey != null) {
            Optional<QuestionReceipt> replay = QuarkusTransaction.requiringNew()
                    .call(() -> replay(idempotencyKey, fingerprint));
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Optional<SubmissionChallenge.Solved> solved = challenge.enabled()
                ? Optional.of(challenge.verify(form.altcha()))
                : Optional.empty();
        Optional<Location> location = office(form);
        rateLimit.consume(clientAddress);
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
        Question question = new Question(form.patient(), form.question(), location, form.sourceArticle(),
                spam ? QuestionStatus.SPAM : QuestionStatus.NEW, now);
        if (idempotencyKey != null
                && !idempotencyKeys.record(idempotencyKey, new IdempotencyKeys.Use(fingerprint, question.id()), now)) {
            // A concurrent request with this key committed while we were checking; answer as it did.
            return new Submission(replay(idempotencyKey, fingerprint).orElseThrow(), false);
        }
        solved.ifPresent(challenge::spend);
        questions.persist(question);
        if (!spam) {
            outbox.queue(question.id(), location == null ? null : location.slug(), now);
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

    /** The office the question is for, which must exist when one is named. */
    private Optional<Location> office(QuestionForm form) {
        if (form.location() == null) {
            return Optional.empty();
        }
        Optional<Location> location = QuarkusTransaction.requiringNew().call(() -> locations.findEntity(form.location()));
        if (location.isEmpty()) {
            throw new InvalidFieldsException(List.of(
                    new Problem.FieldError("location", "no office has the slug '" + form.location() + "'")));
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
