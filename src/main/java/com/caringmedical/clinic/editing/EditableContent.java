package com.caringmedical.clinic.editing;

/** An entity editors keep: it has a version (Hibernate's {@code @Version}, named by ETag and If-Match) and a status. */
public interface EditableContent {

    int version();

    PublicationStatus status();
}
