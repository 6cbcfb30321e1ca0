package com.caringmedical.clinic.question;

/** Where a question is in the staff's workflow. Honeypot catches are stored as {@link #SPAM}. */
public enum QuestionStatus {
    NEW, IN_PROGRESS, ANSWERED, CLOSED, SPAM
}
