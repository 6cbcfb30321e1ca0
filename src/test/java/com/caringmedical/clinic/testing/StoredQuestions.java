package com.caringmedical.clinic.testing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the database holds about a question and its notifications, for assertions the API cannot make, and the
 * few changes a test needs that the API does not offer (time passing, a mail server that never came back).
 */
@ApplicationScoped
public class StoredQuestions {

    private final EntityManager entityManager;

    StoredQuestions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record StoredNotification(UUID id, String kind, String recipient, String status, int attempts,
            String lastError) {

        /** This notification as it would be in another status, for comparisons that print the whole row. */
        public StoredNotification withStatus(String other) {
            return new StoredNotification(id, kind, recipient, other, attempts, lastError);
        }
    }

    public String status(UUID question) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select status from question where id = :id")
                .setParameter("id", question).getSingleResult());
    }

    public long countWithEmail(String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from question where email = :email")
                .setParameter("email", email).getSingleResult()).longValue());
    }

    public String column(UUID question, String column) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object value = entityManager
                    .createNativeQuery("select " + column + "::text from question where id = :id")
                    .setParameter("id", question).getSingleResult();
            return (String) value;
        });
    }

    public List<StoredNotification> notifications(UUID question) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("""
                    select id, kind, recipient, status, attempts, last_error
                      from notification where question_id = :id order by kind""")
                    .setParameter("id", question).getResultList();
            return rows.stream().map(row -> {
                Object[] c = (Object[]) row;
                return new StoredNotification((UUID) c[0], (String) c[1], (String) c[2], (String) c[3],
                        ((Number) c[4]).intValue(), (String) c[5]);
            }).toList();
        });
    }

    public StoredNotification staffNotification(UUID question) {
        return notifications(question).stream().filter(n -> n.kind().equals("STAFF_NOTIFICATION")).findFirst()
                .orElseThrow(() -> new AssertionError("no staff notification for question " + question));
    }

    /** Pretends the question's status changed {@code age} ago, as the retention job would find it. */
    public void statusChangedAgo(UUID question, java.time.Duration age) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update question set status_changed_at = now() - make_interval(secs => :secs) "
                        + "where id = :id")
                .setParameter("secs", (double) age.toSeconds()).setParameter("id", question).executeUpdate());
    }

    /** Makes the notification look as if it gave up after its attempts, with this error. */
    public void giveUp(UUID notification, String lastError) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update notification set status = 'DEAD', attempts = 12, last_error = :error, "
                        + "claim_token = null where id = :id")
                .setParameter("error", lastError).setParameter("id", notification).executeUpdate());
    }

    /** Rows of a table that refer to the question (notes, history, idempotency keys, notifications). */
    public long countReferring(String table, UUID question) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from " + table + " where question_id = :id")
                .setParameter("id", question).getSingleResult()).longValue());
    }

    public boolean exists(UUID question) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from question where id = :id")
                .setParameter("id", question).getSingleResult()).longValue() == 1);
    }
}
