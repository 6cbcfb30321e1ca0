package com.caringmedical.clinic.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import com.caringmedical.clinic.notification.OutboxClaims;

@ApplicationScoped
class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /**
     * Queues one delivery of the event for every enabled subscription that lists it, in one statement (none when
     * nobody subscribed); returns how many.
     */
    int queue(WebhookEvent event, String payload, Instant now) {
        return getEntityManager().createNativeQuery("""
                insert into webhook_delivery (id, subscription_id, event_type, payload, status, next_attempt_at,
                                              created_at)
                select gen_random_uuid(), id, :type, :payload, 'PENDING', :now, :now
                  from webhook_subscription
                 where enabled and :type = any (events)""")
                .setParameter("type", event.type())
                .setParameter("payload", payload)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Claims up to {@code limit} due deliveries for one relay run, as the mail outbox does. */
    List<UUID> claimDue(UUID token, int limit, Duration claimTimeout) {
        return OutboxClaims.claimDue(getEntityManager(), "webhook_delivery", token, limit, claimTimeout);
    }

    /** Hands back claims this relay will not use, as if it had never claimed them. */
    int release(UUID token, List<UUID> ids) {
        return OutboxClaims.release(getEntityManager(), "webhook_delivery", token, ids);
    }

    /** Forgets settled deliveries (and their attempts) older than {@code before}; returns how many. */
    long pruneSettled(Instant before) {
        return delete("status <> ?1 and createdAt < ?2", WebhookDelivery.Status.PENDING, before);
    }
}
