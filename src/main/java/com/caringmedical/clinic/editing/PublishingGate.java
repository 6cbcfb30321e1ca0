package com.caringmedical.clinic.editing;

/**
 * A rule every save of content must pass besides the kind's own, asked by {@link ContentEditor} before the save is
 * flushed: the feature that owns the rule implements it (a reviewer's approval before medical content goes
 * public), so the editing flow needs to know nothing about it.
 */
public interface PublishingGate {

    /**
     * Throws a problem when this save may not happen.
     *
     * @param before the item before the save; null when it is created
     * @param after the item as it would be saved
     * @param approved whether the save applies a change a reviewer approved
     */
    void check(EditableKind<?, ?, ?> kind, ContentSaved.State before, EditableContent after, boolean approved);
}
