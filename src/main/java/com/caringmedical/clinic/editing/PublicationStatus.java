package com.caringmedical.clinic.editing;

/** Whether a piece of content is public. Editors see drafts; everyone else sees only what is published. */
public enum PublicationStatus {
    DRAFT, PUBLISHED
}
