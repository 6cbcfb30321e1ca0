package com.caringmedical.clinic.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a question's mail stands, for staff. */
@Schema(name = "Delivery", description = "A mail the question caused and whether it went out.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        @Schema(examples = "5d0f3c2a-7b1e-4f6d-9a8c-3e2b1d0c9f8e") UUID id,
        NotificationKind kind,
        @Schema(description = "The staff inbox; absent for the patient's acknowledgement.",
                examples = "oak-park@clinic.example") String recipient,
        NotificationStatus status,
        @Schema(description = "Attempts made so far (reset by a retry).", examples = "3") int attempts,
        @Schema(description = "Why the last attempt failed.", examples = "Connection refused: smtp.clinic.example/25")
        String lastError,
        @Schema(examples = "2026-11-24T15:04:05.123Z") Instant createdAt,
        @Schema(description = "For PENDING: when the next attempt is due.") Instant nextAttemptAt,
        @Schema(description = "For SENT: when the SMTP server accepted it.") Instant sentAt) {

    static DeliveryView of(Notification notification) {
        boolean pending = notification.status() == NotificationStatus.PENDING;
        return new DeliveryView(notification.id(), notification.kind(), notification.recipient(),
                notification.status(), notification.attempts(), notification.lastError(), notification.createdAt(),
                pending ? notification.nextAttemptAt() : null, notification.sentAt());
    }
}
