package com.caringmedical.clinic.testing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the database holds about a question and its notifications, for assertions the public API cannot make
 * (staff reading comes with the staff feature).
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
}
