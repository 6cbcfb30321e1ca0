package com.caringmedical.clinic.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** One entry of a subscription's delivery log: the event, where it stands, and every attempt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(description = "Sent as webhook-id; the same on every attempt.") UUID id,
        @Schema(examples = "content.published") String type,
        @Schema(description = "PENDING until the receiver answers 2xx (DELIVERED) or the attempts are used up "
                + "(DEAD).", enumeration = { "PENDING", "DELIVERED", "DEAD" }) String status,
        @Schema(description = "The body as it is signed and sent.", type = SchemaType.OBJECT)
        @JsonRawValue String payload,
        Instant createdAt,
        @Schema(description = "When the next attempt is due; absent once settled.") Instant nextAttemptAt,
        @Schema(description = "Absent until delivered.") Instant deliveredAt,
        @Schema(description = "Every attempt, first first.") List<Attempt> attempts) {

    /** One try and what the receiver made of it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookAttempt")
    public record Attempt(
            @Schema(examples = "1") int attempt,
            Instant at,
            @Schema(description = "The receiver's HTTP status; absent when it gave none.", examples = "503")
            Integer statusCode,
            @Schema(description = "Why the attempt failed; absent when it delivered.",
                    examples = "answered 503") String error,
            @Schema(examples = "42") int durationMs) {

        static Attempt of(WebhookAttempt attempt) {
            return new Attempt(attempt.attempt(), attempt.attemptedAt(), attempt.statusCode(), attempt.error(),
                    attempt.durationMs());
        }
    }

    static DeliveryView of(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
        return new DeliveryView(delivery.id(), delivery.eventType(), delivery.status().name(), delivery.payload(),
                delivery.createdAt(),
                delivery.status() == WebhookDelivery.Status.PENDING ? delivery.nextAttemptAt() : null,
                delivery.deliveredAt(), attempts.stream().map(Attempt::of).toList());
    }
}
