package com.caringmedical.clinic.question;

import java.util.Arrays;
import java.util.List;

/**
 * Where a question is in the staff's workflow: NEW → IN_PROGRESS → ANSWERED → CLOSED; any status → SPAM, and
 * SPAM → NEW for a question wrongly taken for spam. Honeypot catches are stored as {@link #SPAM}.
 */
public enum QuestionStatus {
    NEW, IN_PROGRESS, ANSWERED, CLOSED, SPAM;

    public boolean canMoveTo(QuestionStatus target) {
        if (target == SPAM) {
            return this != SPAM;
        }
        return switch (this) {
            case NEW -> target == IN_PROGRESS;
            case IN_PROGRESS -> target == ANSWERED;
            case ANSWERED -> target == CLOSED;
            case CLOSED -> false;
            case SPAM -> target == NEW;
        };
    }

    /** The statuses a question in this one may move to, in workflow order. */
    public List<QuestionStatus> next() {
        return Arrays.stream(values()).filter(this::canMoveTo).toList();
    }
}
