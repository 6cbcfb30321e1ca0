package com.caringmedical.clinic.schedule;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;

import com.caringmedical.clinic.editing.ContentEditor;
import com.caringmedical.clinic.editing.ContentSaved;
import com.caringmedical.clinic.editing.EditableContent;
import com.caringmedical.clinic.editing.EditableKind;
import com.caringmedical.clinic.editing.EditableKinds;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.schedule.ScheduledChange.Action;
import com.caringmedical.clinic.schedule.ScheduledChange.State;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Scheduled publishing and unpublishing. Editors set the times; a job on every instance
 * ({@code clinic.schedule.poll-interval}) claims each due change with SKIP LOCKED and makes it through the editing
 * flow, as the editor {@value #SCHEDULER}, in the transaction that marks it done: exactly once, on one instance, and
 * with everything a save brings (a revision, the change feed, the cache, search, sitemap and feed). A change the
 * kind's rules refuse at its time (an article whose author is no longer published) is marked FAILED with the reason.
 */
@ApplicationScoped
public class Schedules {

    /** The editor name scheduled changes are saved under (revisions, logs). */
    static final String SCHEDULER = "scheduler";

    private static final Logger LOG = Logger.getLogger(Schedules.class);

    private final ScheduleRepository schedule;
    private final EditableKinds kinds;
    private final ContentEditor editor;
    private final ObjectMapper json;

    Schedules(ScheduleRepository schedule, EditableKinds kinds, ContentEditor editor, ObjectMapper json) {
        this.schedule = schedule;
        this.kinds = kinds;
        this.editor = editor;
        this.json = json;
    }

    /** Sets the item's pending publish and unpublish to the form's times (a null time removes one). */
    @Transactional
    public ScheduleView set(String kind, String key, ScheduleForm form, String by) {
        EditableContent item = schedulable(kind, key);
        Instant now = Instant.now();
        replacePending(kind, item.id(), Action.PUBLISH, form.publishAt(), by, now);
        replacePending(kind, item.id(), Action.UNPUBLISH, form.unpublishAt(), by, now);
        LOG.infof("Editor '%s' scheduled the %s '%s': publish at %s, unpublish at %s", by, kind, key,
                form.publishAt(), form.unpublishAt());
        return view(kind, key, item.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleView find(String kind, String key) {
        return view(kind, key, schedulable(kind, key).id());
    }

    /** The changes still to come, soonest first, across every kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PendingChange> pending(PageParams page) {
        return PageView.fetch(schedule.find("state", Sort.by("dueAt").and("id"),
                State.PENDING), page, change -> new PendingChange(change.kind(), keyOf(change), change.action().name(),
                        change.dueAt(), change.requestedBy()));
    }

    private void replacePending(String kind, long itemId, Action action, Instant at, String by, Instant now) {
        schedule.findPending(kind, itemId, action).ifPresent(schedule::delete);
        schedule.flush();
        if (at != null) {
            schedule.persist(new ScheduledChange(kind, itemId, action, at, by, now));
        }
    }

    /** A deleted item has nothing left to publish. */
    void forgetDeleted(@Observes ContentSaved saved) {
        if ("deleted".equals(saved.action())) {
            schedule.delete("kind = ?1 and itemId = ?2 and state = ?3", saved.kind().collection(), saved.item().id(),
                    State.PENDING);
        }
    }

    @Scheduled(identity = "publication-schedule", every = "${clinic.schedule.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runDue(Instant.now());
    }

    /** Makes every change due at {@code now} that no other instance holds; returns how many it took. */
    public int runDue(Instant now) {
        int taken = 0;
        while (runOne(now)) {
            taken++;
        }
        return taken;
    }

    private boolean runOne(Instant now) {
        AtomicReference<Long> claimed = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<ScheduledChange> due = schedule.claimDue(now);
                if (due.isEmpty()) {
                    return false;
                }
                ScheduledChange change = due.get();
                claimed.set(change.id());
                apply(kinds.named(change.kind()), change);
                change.done(Instant.now());
                return true;
            });
        } catch (RuntimeException refused) {
            if (claimed.get() == null) {
                throw refused;
            }
            String why = reason(refused);
            QuarkusTransaction.requiringNew().run(() -> {
                ScheduledChange change = schedule.getEntityManager()
                        .find(ScheduledChange.class, claimed.get(), LockModeType.PESSIMISTIC_WRITE);
                if (change.state() == State.PENDING) { // another instance may have failed on it meanwhile
                    change.failed(why, Instant.now());
                }
            });
            LOG.warnf("A scheduled change (%d) failed: %s", claimed.get(), why);
            return true;
        }
    }

    private <K, E extends EditableContent, F> void apply(EditableKind<K, E, F> kind, ScheduledChange change) {
        E item = kind.findById(change.itemId()).orElseThrow(() -> new NotFoundProblem(kind.noun(), change.itemId()));
        ObjectNode form = json.valueToTree(kind.formOf(item));
        form.put("status", (change.action() == Action.PUBLISH ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT)
                .name());
        try {
            editor.replace(kind, kind.keyOf(item), "*", json.treeToValue(form, kind.formType()), SCHEDULER);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a form could not be read back", e);
        }
    }

    /** What an editor reads in the schedule: the problem's detail and fields, or that something unexpected broke. */
    private static String reason(RuntimeException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem.getMessage() + problem.errors().stream()
                        .map(error -> " " + error.field() + ": " + error.message()).collect(Collectors.joining(";"));
            }
            if (cause instanceof NotFoundProblem) {
                return "the item no longer exists";
            }
        }
        return "an unexpected error (" + refused.getClass().getSimpleName() + "); see the log";
    }

    private EditableContent schedulable(String kind, String key) {
        EditableKind<?, ?, ?> found = kinds.named(kind);
        boolean hasStatus = found.formType().isRecord() && Arrays.stream(found.formType().getRecordComponents())
                .anyMatch(component -> component.getName().equals("status"));
        if (!hasStatus) {
            throw new NotFoundProblem("kind of content with a publication status", kind);
        }
        return kinds.item(kind, key);
    }

    private ScheduleView view(String kind, String key, long itemId) {
        List<ScheduledChange> changes = schedule.findForItem(kind, itemId);
        return new ScheduleView(kind, key, pendingAt(changes, Action.PUBLISH), pendingAt(changes, Action.UNPUBLISH),
                changes.stream().map(ScheduleView.Entry::of).toList());
    }

    private static Instant pendingAt(List<ScheduledChange> changes, Action action) {
        return changes.stream().filter(c -> c.state() == State.PENDING && c.action() == action)
                .map(ScheduledChange::dueAt).findFirst().orElse(null);
    }

    private String keyOf(ScheduledChange change) {
        return keyOf(kinds.named(change.kind()), change.itemId());
    }

    private static <K, E extends EditableContent, F> String keyOf(EditableKind<K, E, F> kind, long itemId) {
        return kind.findById(itemId).map(item -> String.valueOf(kind.keyOf(item))).orElse(String.valueOf(itemId));
    }
}
