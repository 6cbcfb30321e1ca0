package com.caringmedical.clinic.question.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The Idempotency-Key of each question, kept for the configured retention (table question_idempotency_key). */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager entityManager;

    IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Use> find(String key) {
        List<?> rows = entityManager.createNativeQuery(
                "select request_fingerprint, question_id from question_idempotency_key where key = :key")
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Use((String) columns[0], (UUID) columns[1]);
        });
    }

    /**
     * Records the key for a new question, in the caller's transaction. Returns false when the key already exists;
     * a concurrent first use blocks this insert until it commits or rolls back, so false means committed.
     */
    boolean record(String key, Use use, Instant now) {
        return entityManager.createNativeQuery("""
                insert into question_idempotency_key (key, request_fingerprint, question_id, created_at)
                values (:key, :fingerprint, :question, :now)
                on conflict (key) do nothing""")
                .setParameter("key", key)
                .setParameter("fingerprint", use.fingerprint())
                .setParameter("question", use.questionId())
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    int forgetOlderThan(Instant cutoff) {
        return entityManager.createNativeQuery("delete from question_idempotency_key where created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** On erasure: the key and the fingerprint of the patient's form go with the personal data. */
    public int forgetQuestion(UUID questionId) {
        return entityManager.createNativeQuery("delete from question_idempotency_key where question_id = :question")
                .setParameter("question", questionId)
                .executeUpdate();
    }

    /** What a key was first used for. */
    record Use(String fingerprint, UUID questionId) {
    }
}
