package com.caringmedical.clinic.webhook;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class WebhookAttemptRepository implements PanacheRepositoryBase<WebhookAttempt, WebhookAttempt.Key> {

    /** The number of a delivery's next attempt: they count on across an admin's retry. */
    int nextNumber(UUID deliveryId) {
        return (int) count("deliveryId", deliveryId) + 1;
    }

    /** The attempts of these deliveries, each delivery's in order. */
    List<WebhookAttempt> ofDeliveries(Collection<UUID> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of()
                : list("deliveryId in ?1", Sort.by("deliveryId").and("attempt"), deliveryIds);
    }
}
