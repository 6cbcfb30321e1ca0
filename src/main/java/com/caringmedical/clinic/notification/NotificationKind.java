package com.caringmedical.clinic.notification;

/** What a queued mail is. */
public enum NotificationKind {
    /** Tells the clinic's staff that a question arrived. */
    STAFF_NOTIFICATION,
    /** Tells the patient the question arrived; optional, off by default. */
    PATIENT_ACKNOWLEDGEMENT
}
