package com.caringmedical.clinic.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Claims up to {@code limit} due notifications for one relay run (see {@link OutboxClaims}). */
    List<UUID> claimDue(UUID token, int limit, Duration claimTimeout) {
        return OutboxClaims.claimDue(getEntityManager(), "notification", token, limit, claimTimeout);
    }

    /**
     * Hands back claims a relay will not use: the attempt it counted is taken back and the notifications are due
     * at once. Only rows still claimed by {@code token} and still pending are touched.
     */
    int release(UUID token, List<UUID> ids) {
        return OutboxClaims.release(getEntityManager(), "notification", token, ids);
    }

    OutboxStats stats() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*) filter (where status = 'PENDING'),
                       count(*) filter (where status = 'DEAD'),
                       coalesce(extract(epoch from now() - min(created_at) filter (where status = 'PENDING')), 0)
                  from notification""")
                .getSingleResult();
        return new OutboxStats(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).doubleValue());
    }
}
