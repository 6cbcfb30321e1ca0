package com.caringmedical.clinic.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook tells, by the name a subscription lists and a delivery's {@code type} carries. */
public enum WebhookEvent {
    /** An item became public: created published, published, or published by the schedule. */
    CONTENT_PUBLISHED("content.published"),
    /** An item stopped being public: set back to draft, or deleted while public. */
    CONTENT_UNPUBLISHED("content.unpublished"),
    /** A public item was saved and stays public (its slug may have changed: previousKey says from what). */
    CONTENT_CHANGED("content.changed"),
    /** A patient's question arrived. Carries its id, office and time only: never anything the patient wrote. */
    QUESTION_RECEIVED("question.received");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
    }
}
