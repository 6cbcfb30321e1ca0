package com.caringmedical.clinic.question.review;

/** What a staff member (or the retention job) did with a question; every read counts. */
public enum QuestionAction {
    /** Opened the question (GET /questions/{id}). */
    VIEWED,
    /** Saw it in a list (GET /questions). */
    LISTED,
    /** Exported it in a CSV file. */
    EXPORTED,
    /** Changed its status, assignee or office; the changes say what. */
    UPDATED,
    NOTE_ADDED,
    NOTES_VIEWED,
    /** Put a notification that had given up back in the queue. */
    NOTIFICATION_RETRIED,
    /** Erased the patient's personal data. */
    ERASED
}
