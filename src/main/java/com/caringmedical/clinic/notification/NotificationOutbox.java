package com.caringmedical.clinic.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The transactional outbox's writing side: queues the mails about a subject (a patient's question), in the
 * caller's transaction, so they exist exactly when the subject does. The staff notice goes to the office's inbox
 * (or the default one); the acknowledgement to the address the subject holds, when the clinic switches it on.
 */
@ApplicationScoped
public class NotificationOutbox {

    private final NotificationRepository notifications;
    private final NotificationsConfig config;

    NotificationOutbox(NotificationRepository notifications, NotificationsConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    /**
     * @param subject what the mails are about, as the {@link NotificationMailComposer} knows it
     * @param office  the slug of the office it is for, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID subject, String office, Instant now) {
        notifications.persist(new Notification(subject, NotificationKind.STAFF_NOTIFICATION, staffInbox(office), now));
        if (config.patientAcknowledgement()) {
            notifications.persist(new Notification(subject, NotificationKind.PATIENT_ACKNOWLEDGEMENT, null, now));
        }
    }

    private String staffInbox(String office) {
        return office == null ? config.defaultInbox() : config.locationInbox().getOrDefault(office, config.defaultInbox());
    }
}
