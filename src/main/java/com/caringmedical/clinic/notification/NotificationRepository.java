package com.caringmedical.clinic.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * Claims up to {@code limit} due notifications for one relay run. SKIP LOCKED lets relays on other instances
     * claim other rows at the same moment instead of waiting; moving next_attempt_at past the claim timeout keeps
     * the rows from being claimed again unless this relay dies without settling them.
     */
    @SuppressWarnings("unchecked")
    List<UUID> claimDue(UUID token, int limit, Duration claimTimeout) {
        return getEntityManager().createNativeQuery("""
                update notification
                   set claim_token = :token,
                       attempts = attempts + 1,
                       next_attempt_at = now() + make_interval(secs => :timeout)
                 where id in (select id from notification
                               where status = 'PENDING' and next_attempt_at <= now()
                               order by next_attempt_at
                               limit :limit
                               for update skip locked)
                returning id""", UUID.class)
                .setParameter("token", token)
                .setParameter("timeout", (double) claimTimeout.toMillis() / 1000)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Hands back claims a relay will not use: the attempt it counted is taken back and the notifications are due
     * at once. Only rows still claimed by {@code token} and still pending are touched.
     */
    int release(UUID token, List<UUID> ids) {
        return getEntityManager().createNativeQuery("""
                update notification
                   set claim_token = null, attempts = attempts - 1, next_attempt_at = now()
                 where claim_token = :token and status = 'PENDING' and id in (:ids)""")
                .setParameter("token", token)
                .setParameter("ids", ids)
                .executeUpdate();
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
