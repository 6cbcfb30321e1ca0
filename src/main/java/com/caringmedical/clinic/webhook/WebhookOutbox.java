package com.caringmedical.clinic.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.caringmedical.clinic.editing.ContentSaved;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.question.QuestionReceived;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The webhooks' writing side: turns a saved change or a received question into deliveries, in the transaction that
 * made it, so a delivery exists exactly when its event does (the transactional outbox the staff mails use). The
 * body is written once, here, and sent as it is on every attempt:
 * {@code {"type": "content.published", "timestamp": "...", "data": {...}}}, as Standard Webhooks suggests.
 */
@ApplicationScoped
class WebhookOutbox {

    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper json;

    WebhookOutbox(WebhookDeliveryRepository deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    void contentSaved(@Observes ContentSaved saved) {
        eventOf(saved).ifPresent(event -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("kind", saved.kind().collection());
            data.put("id", saved.item().id());
            data.put("key", saved.key());
            Object previousKey = saved.before() == null ? null : saved.before().key();
            if (previousKey != null && !Objects.equals(previousKey, saved.key())) {
                data.put("previousKey", previousKey);
            }
            data.put("action", saved.action());
            data.put("version", saved.item().version());
            data.put("href", "/" + saved.kind().collection() + "/" + saved.key());
            queue(event, data);
        });
    }

    void questionReceived(@Observes QuestionReceived received) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", received.id());
        if (received.office() != null) {
            data.put("office", received.office());
        }
        data.put("receivedAt", received.receivedAt());
        queue(WebhookEvent.QUESTION_RECEIVED, data);
    }

    /**
     * What a save means to the outside: an item that became public was published; one that stopped being public
     * (or was deleted while public) was unpublished; one public before and after was changed. A draft's saves are
     * nobody's business outside.
     */
    static Optional<WebhookEvent> eventOf(ContentSaved saved) {
        boolean wasPublic = saved.before() != null && saved.before().status() == PublicationStatus.PUBLISHED;
        boolean isPublic = !saved.action().equals("deleted") && saved.item().status() == PublicationStatus.PUBLISHED;
        if (wasPublic && isPublic) {
            return Optional.of(WebhookEvent.CONTENT_CHANGED);
        }
        if (isPublic) {
            return Optional.of(WebhookEvent.CONTENT_PUBLISHED);
        }
        return wasPublic ? Optional.of(WebhookEvent.CONTENT_UNPUBLISHED) : Optional.empty();
    }

    private void queue(WebhookEvent event, Map<String, Object> data) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", now);
        body.put("data", data);
        try {
            deliveries.queue(event, json.writeValueAsString(body), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook body could not be written", e);
        }
    }
}
