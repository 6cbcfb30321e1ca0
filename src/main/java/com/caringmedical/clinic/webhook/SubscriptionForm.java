package com.caringmedical.clinic.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to subscribe, and to change a subscription (PUT takes the whole form). */
@Schema(name = "WebhookSubscriptionForm")
public record SubscriptionForm(
        @NotBlank @Size(max = 2000) @Schema(description = "Where deliveries are POSTed: an http or https address "
                + "on a public host (or one listed in clinic.webhooks.allowed-hosts), checked now and at every "
                + "attempt.", examples = "https://www.clinic.example/api/clinic-webhooks") String url,
        @NotEmpty @Size(max = 4) @Schema(description = "The events to deliver: content.published, "
                + "content.unpublished, content.changed, question.received.", examples = "[\"content.published\", "
                + "\"content.unpublished\"]") List<@NotBlank String> events,
        @Size(max = 500) @Schema(description = "What the receiver is, for the admins.",
                examples = "Front-end cache purge") String description,
        @Schema(description = "Whether events are delivered; absent means true. A disabled subscription gets no new "
                + "deliveries; those already queued still go out.", examples = "true") Boolean enabled) {
}
