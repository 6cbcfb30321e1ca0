package com.caringmedical.clinic.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription as admins read it; its secret is shown only when it is made (created, or rotated). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookSubscription")
public record SubscriptionView(
        UUID id,
        @Schema(examples = "https://www.clinic.example/api/clinic-webhooks") String url,
        @Schema(examples = "[\"content.published\", \"content.unpublished\"]") List<String> events,
        @Schema(description = "Absent when none was given.", examples = "Front-end cache purge") String description,
        boolean enabled,
        @Schema(examples = "admin") String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static SubscriptionView of(WebhookSubscription subscription) {
        return new SubscriptionView(subscription.id(), subscription.url(), subscription.events(),
                subscription.description(), subscription.enabled(), subscription.createdBy(),
                subscription.createdAt(), subscription.updatedAt());
    }
}
