package com.caringmedical.clinic.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * How a relay claims due rows of an outbox table (the staff mails', the webhooks'): up to a batch of pending rows
 * whose time has come, locked with SKIP LOCKED so that relays on other instances claim other rows at the same
 * moment instead of waiting; moving next_attempt_at past the claim timeout keeps the rows from being claimed again
 * unless this relay dies without settling them. The table needs id, status ('PENDING'), attempts, next_attempt_at
 * and claim_token.
 */
public final class OutboxClaims {

    private OutboxClaims() {
    }

    /** Claims for {@code token}; returns the ids claimed, each with one more attempt counted. */
    @SuppressWarnings("unchecked")
    public static List<UUID> claimDue(EntityManager entityManager, String table, UUID token, int limit,
            Duration claimTimeout) {
        return entityManager.createNativeQuery("""
                update %1$s
                   set claim_token = :token,
                       attempts = attempts + 1,
                       next_attempt_at = now() + make_interval(secs => :timeout)
                 where id in (select id from %1$s
                               where status = 'PENDING' and next_attempt_at <= now()
                               order by next_attempt_at
                               limit :limit
                               for update skip locked)
                returning id""".formatted(checked(table)), UUID.class)
                .setParameter("token", token)
                .setParameter("timeout", (double) claimTimeout.toMillis() / 1000)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Hands back claims a relay will not use: the attempt it counted is taken back and the rows are due at once.
     * Only rows still claimed by {@code token} and still pending are touched; returns how many.
     */
    public static int release(EntityManager entityManager, String table, UUID token, List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery("""
                update %s
                   set claim_token = null, attempts = attempts - 1, next_attempt_at = now()
                 where claim_token = :token and status = 'PENDING' and id in (:ids)""".formatted(checked(table)))
                .setParameter("token", token)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    private static String checked(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }
}
