package com.caringmedical.clinic.editing;

/** An entity editors keep: it has a version (Hibernate's {@code @Version}, named by ETag and If-Match) and a status. */
public interface EditableContent {

    /** The item's id: it stays the same when the slug changes, so the item's revisions follow it. */
    Long id();

    int version();

    PublicationStatus status();
}
