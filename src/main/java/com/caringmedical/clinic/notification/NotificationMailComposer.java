package com.caringmedical.clinic.notification;

import java.util.UUID;

import io.quarkus.mailer.Mail;

/**
 * Writes the mail a queued notification sends, from its subject as it is when the mail goes out (an erased
 * subject's mail says so). Implemented by the feature that owns the subjects, so that the outbox needs to know
 * nothing about them; called by the relay in a transaction. The relay adds the Message-ID.
 */
public interface NotificationMailComposer {

    /**
     * @param recipient the staff inbox, or null for an acknowledgement, which goes to the subject's own address
     */
    Mail compose(NotificationKind kind, UUID subject, String recipient);
}
