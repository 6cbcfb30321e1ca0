package com.caringmedical.clinic.editing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.arc.All;

import com.caringmedical.clinic.web.http.IfMatch;

/**
 * The editing flow every kind of content shares: read with the version tag, create, replace and delete with
 * If-Match (412 when stale, 428 when missing), flushed so that the tag answered is the version stored, and one
 * log line per change naming the editor. What differs per kind lives in its {@link EditableKind}.
 */
@ApplicationScoped
public class ContentEditor {

    private static final Logger LOG = Logger.getLogger(ContentEditor.class);

    private final EntityManager entityManager;
    private final Event<SlugChanged> renamed;
    private final Event<ContentSaved> saved;
    private final List<PublishingGate> gates;

    ContentEditor(EntityManager entityManager, Event<SlugChanged> renamed, Event<ContentSaved> saved,
            @All List<PublishingGate> gates) {
        this.entityManager = entityManager;
        this.renamed = renamed;
        this.saved = saved;
        this.gates = gates;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <K, E extends EditableContent, F> Optional<Edited<K, F>> find(EditableKind<K, E, F> kind, K key) {
        return kind.find(key).map(item -> edited(kind, item));
    }

    @Transactional
    public <K, E extends EditableContent, F> Edited<K, F> create(EditableKind<K, E, F> kind, F form, String editor) {
        E item = kind.create(form);
        passGates(kind, null, item, false);
        entityManager.flush();
        LOG.infof("Editor '%s' created %s", editor, describe(kind, item));
        Edited<K, F> created = edited(kind, item);
        saved.fire(new ContentSaved(kind, item, created.key(), null, created.form(), "created", null, editor));
        return created;
    }

    /** Replaces the item if {@code ifMatch} names its current version; empty when there is no such item. */
    @Transactional
    public <K, E extends EditableContent, F> Optional<Edited<K, F>> replace(EditableKind<K, E, F> kind, K key,
            String ifMatch, F form, String editor) {
        return replace(kind, key, ifMatch, form, editor, null, false);
    }

    /**
     * Replaces the item with a change a reviewer approved (a staged change), as {@link #replace} does; a
     * {@link PublishingGate} that asks for approval lets it through.
     */
    @Transactional
    public <K, E extends EditableContent, F> Optional<Edited<K, F>> replaceApproved(EditableKind<K, E, F> kind, K key,
            String ifMatch, F form, String editor) {
        return replace(kind, key, ifMatch, form, editor, null, true);
    }

    /**
     * Replaces the item with a form it had before (kept in revision {@code revision}), as {@link #replace} does; the
     * change is recorded as a restore.
     */
    @Transactional
    public <K, E extends EditableContent, F> Optional<Edited<K, F>> restore(EditableKind<K, E, F> kind, K key,
            String ifMatch, F form, String editor, int revision) {
        return replace(kind, key, ifMatch, form, editor, revision, false);
    }

    private <K, E extends EditableContent, F> Optional<Edited<K, F>> replace(EditableKind<K, E, F> kind, K key,
            String ifMatch, F form, String editor, Integer restoredFrom, boolean approved) {
        return kind.findForUpdate(key).map(item -> {
            IfMatch.check(ifMatch, IfMatch.versionTag(item.version()));
            ContentSaved.State before = ContentSaved.State.of(kind, item);
            kind.replace(item, form);
            passGates(kind, before, item, approved);
            entityManager.flush();
            if (before.key() instanceof String from && !from.equals(kind.keyOf(item))) {
                renamed.fire(new SlugChanged(kind.noun(), from, (String) kind.keyOf(item)));
            }
            String done = restoredFrom == null ? "changed" : "restored";
            LOG.infof("Editor '%s' %s %s", editor, done, describe(kind, item));
            Edited<K, F> changed = edited(kind, item);
            saved.fire(new ContentSaved(kind, item, changed.key(), before, changed.form(), done, restoredFrom, editor));
            return changed;
        });
    }

    private void passGates(EditableKind<?, ?, ?> kind, ContentSaved.State before, EditableContent item,
            boolean approved) {
        for (PublishingGate gate : gates) {
            gate.check(kind, before, item, approved);
        }
    }

    /**
     * Does something else than a replacement to the item (records a review, say) if {@code ifMatch} names its
     * current version; empty when there is no such item. {@code done} says what, in the log line and the revision:
     * {@code reviewed}.
     */
    @Transactional
    public <K, E extends EditableContent, F> Optional<Edited<K, F>> act(EditableKind<K, E, F> kind, K key,
            String ifMatch, String editor, String done, Consumer<E> action) {
        return kind.findForUpdate(key).map(item -> {
            IfMatch.check(ifMatch, IfMatch.versionTag(item.version()));
            ContentSaved.State before = ContentSaved.State.of(kind, item);
            action.accept(item);
            entityManager.flush();
            LOG.infof("Editor '%s' %s %s", editor, done, describe(kind, item));
            Edited<K, F> acted = edited(kind, item);
            saved.fire(new ContentSaved(kind, item, acted.key(), before, acted.form(), done, null, editor));
            return acted;
        });
    }

    /** Deletes the item if {@code ifMatch} names its current version; false when there is no such item. */
    @Transactional
    public <K, E extends EditableContent, F> boolean delete(EditableKind<K, E, F> kind, K key, String ifMatch,
            String editor) {
        return kind.findForUpdate(key).map(item -> {
            IfMatch.check(ifMatch, IfMatch.versionTag(item.version()));
            String described = describe(kind, item);
            ContentSaved.State before = ContentSaved.State.of(kind, item);
            saved.fire(new ContentSaved(kind, item, before.key(), before, before.form(), "deleted", null, editor));
            kind.delete(item);
            LOG.infof("Editor '%s' deleted %s", editor, described);
            return true;
        }).orElse(false);
    }

    /** How a log line names an item: {@code the office 'oak-park' (DRAFT)}, {@code the reference 7 (PUBLISHED)}. */
    private static <K, E extends EditableContent, F> String describe(EditableKind<K, E, F> kind, E item) {
        K key = kind.keyOf(item);
        return "the " + kind.noun() + " " + (key instanceof String slug ? "'" + slug + "'" : key) + " (" + item.status()
                + ")";
    }

    private static <K, E extends EditableContent, F> Edited<K, F> edited(EditableKind<K, E, F> kind, E item) {
        return new Edited<>(kind.keyOf(item), kind.formOf(item), IfMatch.versionTag(item.version()));
    }
}
