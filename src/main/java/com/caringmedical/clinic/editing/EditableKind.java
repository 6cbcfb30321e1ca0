package com.caringmedical.clinic.editing;

import java.util.Optional;

import com.caringmedical.clinic.body.BodyFormat;

/**
 * One kind of editable content (offices, treatment options, articles, references, and every later kind), as the
 * shared editing flow ({@link ContentEditor}) needs it. A feature implements it once, next to its entity (a kind
 * named by slug extends {@link SluggedKind}); the flow does the rest the same way for every kind: If-Match, the
 * version tag, not-found, flushing and the log.
 *
 * @param <K> what an editor names an item by in the path: a slug, or an id
 * @param <E> the entity
 * @param <F> what an editor reads and sends (GET returns exactly what PUT takes)
 */
public interface EditableKind<K, E extends EditableContent, F> {

    /** The kind as log lines name it: {@code office}. */
    String noun();

    /** The kind as paths name it, under {@code /editor}: {@code locations}. */
    String collection();

    /** What {@link #formOf} gives and {@link #replace} takes, for forms kept as JSON (revisions). */
    Class<F> formType();

    /** The key a path names, or empty when the text cannot be one (an id that is not a number). */
    Optional<K> parseKey(String text);

    Optional<E> find(K key);

    /** The item with this id ({@link EditableContent#id()}), whatever its key is now. */
    Optional<E> findById(long id);

    /** The item, locked until the transaction ends, so that concurrent changes to it queue up. */
    Optional<E> findForUpdate(K key);

    /** The key of a stored item (for the Location of a created one). */
    K keyOf(E item);

    F formOf(E item);

    /** Checks the form (rules Bean Validation cannot express, a taken slug) and stores a new item from it. */
    E create(F form);

    /** Checks the form against the item as it is (a taken slug, referrers that stop an unpublish) and applies it. */
    void replace(E item, F form);

    /** Removes the item, unless something still refers to it (then a 409 problem). */
    void delete(E item);

    /**
     * The item as the public API shows it once published (the body of {@code GET /articles/{slug}} and the like),
     * whatever its status now, for a preview link; empty for a kind that has no drafts to preview (images).
     */
    default Optional<Object> previewOf(E item, BodyFormat format) {
        return Optional.empty();
    }

    /** {@link #parseKey} for the kinds named by a numeric id. */
    static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
