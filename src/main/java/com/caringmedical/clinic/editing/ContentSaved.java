package com.caringmedical.clinic.editing;

/**
 * A change the editing flow saved. Fired inside its transaction, so that what observers write (the item's
 * revision) commits or rolls back with the change itself.
 *
 * @param kind the kind of the item
 * @param item the item as saved; for a deletion, as it was
 * @param key what the item is named by now (its slug or id)
 * @param before the item as it was before the change; null when the item was created
 * @param after the form as it is now; for a deletion, as it was
 * @param action {@code created}, {@code changed}, {@code restored}, {@code deleted}, or what an action did
 *        ({@code reviewed})
 * @param restoredFrom the number of the revision a restore took its form from; null for other changes
 * @param editor who saved it
 */
public record ContentSaved(EditableKind<?, ?, ?> kind, EditableContent item, Object key, State before, Object after,
        String action, Integer restoredFrom, String editor) {

    /** An item as it stood at one moment: the key it was named by, its version, its status and its form. */
    public record State(Object key, int version, PublicationStatus status, Object form) {

        static <K, E extends EditableContent, F> State of(EditableKind<K, E, F> kind, E item) {
            return new State(kind.keyOf(item), item.version(), item.status(), kind.formOf(item));
        }
    }
}
