package com.caringmedical.clinic.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription with its signing secret: answered once, when the secret is made; keep it where the receiver is. */
@Schema(name = "WebhookSubscriptionWithSecret")
public record SigningSecretView(
        SubscriptionView subscription,
        @Schema(description = "The signing secret, as Standard Webhooks writes it (whsec_ and base64 of 32 bytes): "
                + "verify webhook-signature with it. Shown only now.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw4Q6ZnP3PzWs=") String secret) {
}
