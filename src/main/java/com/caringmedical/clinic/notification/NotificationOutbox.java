package com.caringmedical.clinic.notification;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.question.Question;

/**
 * The transactional outbox's writing side: queues the mails a new question causes, in the caller's transaction,
 * so they exist exactly when the question does.
 */
@ApplicationScoped
public class NotificationOutbox {

    private final NotificationRepository notifications;
    private final NotificationsConfig config;

    NotificationOutbox(NotificationRepository notifications, NotificationsConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueFor(Question question) {
        Instant now = question.receivedAt();
        notifications.persist(new Notification(question, NotificationKind.STAFF_NOTIFICATION, staffInbox(question), now));
        if (config.patientAcknowledgement()) {
            notifications.persist(new Notification(question, NotificationKind.PATIENT_ACKNOWLEDGEMENT, null, now));
        }
    }

    private String staffInbox(Question question) {
        if (question.location() == null) {
            return config.defaultInbox();
        }
        return config.locationInbox().getOrDefault(question.location().slug(), config.defaultInbox());
    }
}
