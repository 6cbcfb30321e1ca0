package com.caringmedical.clinic.question.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import com.caringmedical.clinic.location.Location;
import com.caringmedical.clinic.location.LocationService;
import com.caringmedical.clinic.notification.DeliveryView;
import com.caringmedical.clinic.notification.NotificationDeliveries;
import com.caringmedical.clinic.question.FieldChange;
import com.caringmedical.clinic.question.Question;
import com.caringmedical.clinic.question.QuestionRepository;
import com.caringmedical.clinic.question.QuestionStatus;
import com.caringmedical.clinic.question.QuestionsConfig;
import com.caringmedical.clinic.question.submission.IdempotencyKeys;
import com.caringmedical.clinic.staff.StaffDirectory;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.http.IfMatch;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.SortOrder;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * What staff do with patients' questions. Every read of a question's personal data and every change is written
 * to the question's history in the same transaction as the read or change, so there is no read without a record.
 */
@ApplicationScoped
@Transactional
public class QuestionReviewService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("receivedAt", "receivedAt", "status", "status",
            "statusChangedAt", "statusChangedAt");
    static final String DEFAULT_SORT = "-receivedAt";
    static final Map<String, String> HISTORY_SORT_FIELDS = SortOrder.fields("occurredAt", "occurredAt");
    static final String DEFAULT_HISTORY_SORT = "occurredAt";

    /** A question and the tag of its current version, for ETag and If-Match. */
    public record Reviewed(QuestionView question, EntityTag tag) {
    }

    /** A status move the workflow does not allow. */
    static final class StatusChangeNotAllowed extends ProblemException {
        StatusChangeNotAllowed(QuestionStatus from, QuestionStatus to) {
            super(ProblemType.STATUS_CHANGE_NOT_ALLOWED, "A question in " + from + " cannot move to " + to
                    + (from.next().isEmpty() ? "." : "; it can move to " + from.next() + "."));
        }
    }

    /** A filter matching more questions than one export may hold. */
    static final class ExportTooLarge extends ProblemException {
        ExportTooLarge(long matching, int limit) {
            super(ProblemType.INVALID_PARAMETERS, matching + " questions match; one export holds at most " + limit
                    + ". Narrow the filters (receivedFrom, receivedTo, status, location).");
        }
    }

    private final QuestionRepository questions;
    private final QuestionEventRepository events;
    private final QuestionNoteRepository notes;
    private final IdempotencyKeys idempotencyKeys;
    private final LocationService locations;
    private final StaffDirectory staff;
    private final NotificationDeliveries deliveries;
    private final QuestionsConfig config;

    QuestionReviewService(QuestionRepository questions, QuestionEventRepository events, QuestionNoteRepository notes,
            IdempotencyKeys idempotencyKeys, LocationService locations, StaffDirectory staff,
            NotificationDeliveries deliveries, QuestionsConfig config) {
        this.questions = questions;
        this.events = events;
        this.notes = notes;
        this.idempotencyKeys = idempotencyKeys;
        this.locations = locations;
        this.staff = staff;
        this.deliveries = deliveries;
        this.config = config;
    }

    /** A page of questions; each one shown is recorded as LISTED for the reader. */
    public PageView<QuestionView> list(QuestionFilter filter, PageParams page, String sort, String reader) {
        PageView<Question> found = PageView.fetch(query(filter, sort), page, question -> question);
        recordForEach(found.items(), reader, QuestionAction.LISTED);
        return new PageView<>(found.items().stream().map(QuestionView::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    /** Every question the filter matches, for a CSV export; each is recorded as EXPORTED. */
    public List<QuestionView> export(QuestionFilter filter, String sort, String reader) {
        PanacheQuery<Question> query = query(filter, sort);
        long matching = query.count();
        if (matching > config.review().exportLimit()) {
            throw new ExportTooLarge(matching, config.review().exportLimit());
        }
        List<Question> found = query.list();
        recordForEach(found, reader, QuestionAction.EXPORTED);
        return found.stream().map(QuestionView::of).toList();
    }

    public Optional<Reviewed> find(UUID id, String reader) {
        return questions.findByIdOptional(id).map(question -> {
            record(question, reader, QuestionAction.VIEWED, null);
            return reviewed(question);
        });
    }

    /**
     * Applies a change if {@code ifMatch} names the current version. A change that changes nothing is not
     * recorded and leaves the version as it was.
     */
    public Optional<Reviewed> update(UUID id, String ifMatch, QuestionChange change, String editor) {
        return questions.findForUpdate(id).map(question -> {
            IfMatch.check(ifMatch, tagOf(question));
            if (change.status() != null && change.status() != question.status()
                    && !question.status().canMoveTo(change.status())) {
                throw new StatusChangeNotAllowed(question.status(), change.status());
            }
            Location location = checkedChange(change);
            Map<String, FieldChange> changes = question.change(change.status(), change.assigneeSent(),
                    change.assignee(), location, now());
            if (!changes.isEmpty()) {
                record(question, editor, QuestionAction.UPDATED, changes);
                questions.flush();
            }
            return reviewed(question);
        });
    }

    public Optional<List<NoteView>> notes(UUID id, String reader) {
        return questions.findByIdOptional(id).map(question -> {
            record(question, reader, QuestionAction.NOTES_VIEWED, null);
            return notes.findByQuestion(id).stream().map(NoteView::of).toList();
        });
    }

    public Optional<NoteView> addNote(UUID id, NoteForm form, String author) {
        return questions.findByIdOptional(id).map(question -> {
            QuestionNote note = new QuestionNote(id, author, form.text().strip(), now());
            notes.persist(note);
            record(question, author, QuestionAction.NOTE_ADDED, null);
            return NoteView.of(note);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PageView<QuestionEventView>> history(UUID id, PageParams page, String sort) {
        return questions.findByIdOptional(id).map(question -> PageView.fetch(
                events.findByQuestion(id, SortOrder.parse(sort, HISTORY_SORT_FIELDS, DEFAULT_HISTORY_SORT)), page,
                QuestionEventView::of));
    }

    public Optional<List<DeliveryView>> deliveries(UUID id) {
        return questions.findByIdOptional(id).map(question -> deliveries.forSubject(id));
    }

    /** Queues a notification that gave up again; empty when the question or notification does not exist. */
    public Optional<DeliveryView> retryDelivery(UUID id, UUID notificationId, String editor) {
        return questions.findByIdOptional(id).flatMap(question -> deliveries.retry(id, notificationId,
                question.erasedAt() == null)
                .map(delivery -> {
                    record(question, editor, QuestionAction.NOTIFICATION_RETRIED, null);
                    return delivery;
                }));
    }

    /**
     * Erases the patient's personal data: names, contact details, the question, the staff's notes about it, the
     * Idempotency-Key that pointed at it, and any mail to the patient not yet sent. The question stays as an
     * anonymised record with its workflow fields and history. Erasing again changes nothing.
     */
    public Optional<QuestionView> erase(UUID id, String actor) {
        return questions.findForUpdate(id).map(question -> {
            if (question.erasedAt() == null) {
                question.erase(now());
                notes.deleteByQuestion(id);
                idempotencyKeys.forgetQuestion(id);
                deliveries.forgetPatient(id);
                record(question, actor, QuestionAction.ERASED, null);
                questions.flush();
            }
            return QuestionView.of(question);
        });
    }

    static EntityTag tagOf(Question question) {
        return IfMatch.versionTag(question.version());
    }

    private PanacheQuery<Question> query(QuestionFilter filter, String sort) {
        return filter.criteria(config.review().zone()).find(questions,
                SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT));
    }

    /** The assignee must be someone who can review; the office must exist. Returns the new office, if any. */
    private Location checkedChange(QuestionChange change) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (change.assignee() != null && !staff.isActiveWithRole(change.assignee(), StaffRole.STAFF)) {
            errors.add(new Problem.FieldError("assignee",
                    "no enabled account with the staff role is named '" + change.assignee() + "'"));
        }
        Location location = null;
        if (change.location() != null) {
            location = locations.findEntity(change.location()).orElse(null);
            if (location == null) {
                errors.add(new Problem.FieldError("location", "no office has the slug '" + change.location() + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return location;
    }

    private Reviewed reviewed(Question question) {
        return new Reviewed(QuestionView.of(question), tagOf(question));
    }

    private void record(Question question, String actor, QuestionAction action, Map<String, FieldChange> changes) {
        events.persist(new QuestionEvent(question.id(), actor, action, changes, now()));
    }

    private void recordForEach(List<Question> shown, String reader, QuestionAction action) {
        Instant now = now();
        events.persist(shown.stream().map(question -> new QuestionEvent(question.id(), reader, action, null, now)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
