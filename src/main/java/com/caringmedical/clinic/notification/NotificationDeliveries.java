package com.caringmedical.clinic.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** The staff's view of the mails about a subject: their delivery state, a second chance for one that gave up. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationDeliveries {

    /** Only a notification that gave up (DEAD) can be retried. */
    public static final class NotRetryable extends ProblemException {
        NotRetryable(String why) {
            super(ProblemType.CONFLICT, why);
        }
    }

    private final NotificationRepository notifications;

    NotificationDeliveries(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public List<DeliveryView> forSubject(UUID subject) {
        return notifications.list("subject", Sort.by("createdAt").and("kind"), subject).stream()
                .map(DeliveryView::of).toList();
    }

    /**
     * Queues a DEAD notification about this subject again; empty when it has no such notification.
     *
     * @param addressKept whether the subject still holds the address an acknowledgement goes to
     */
    public Optional<DeliveryView> retry(UUID subject, UUID notificationId, boolean addressKept) {
        return notifications.findByIdOptional(notificationId, LockModeType.PESSIMISTIC_WRITE)
                .filter(notification -> notification.subject().equals(subject))
                .map(notification -> {
                    if (notification.status() != NotificationStatus.DEAD) {
                        throw new NotRetryable("This notification is " + notification.status()
                                + "; only one that gave up (DEAD) can be retried.");
                    }
                    if (notification.kind() == NotificationKind.PATIENT_ACKNOWLEDGEMENT && !addressKept) {
                        throw new NotRetryable("The patient's address was erased; the acknowledgement cannot be sent.");
                    }
                    notification.retry(Instant.now());
                    return DeliveryView.of(notification);
                });
    }

    /** After an erasure: no mail to the patient goes out, and no stored error quotes their address. */
    public void forgetPatient(UUID subject) {
        notifications.list("subject", subject).forEach(Notification::forgetPatient);
    }
}
