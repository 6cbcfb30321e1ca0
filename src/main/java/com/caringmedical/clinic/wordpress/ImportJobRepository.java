package com.caringmedical.clinic.wordpress;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    /** The most times a job is taken up again after the instance running it stopped. */
    static final int MAX_ATTEMPTS = 3;

    /**
     * Claims the oldest waiting job for this instance: a queued one, or a running one whose instance has shown no
     * sign of life for {@code staleAfter} (it stopped; imports may run again safely). SKIP LOCKED lets other instances
     * claim other jobs at the same moment.
     */
    @SuppressWarnings("unchecked")
    Optional<UUID> claim(Duration staleAfter) {
        List<UUID> claimed = getEntityManager().createNativeQuery("""
                update import_job
                   set state = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(),
                       attempts = attempts + 1
                 where id = (select id from import_job
                              where state = 'QUEUED'
                                 or (state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :stale))
                              order by created_at
                              limit 1
                              for update skip locked)
                returning id""", UUID.class)
                .setParameter("stale", (double) staleAfter.toMillis() / 1000)
                .getResultList();
        return claimed.stream().findFirst();
    }

    int attempts(UUID id) {
        return ((Number) getEntityManager().createNativeQuery("select attempts from import_job where id = :id")
                .setParameter("id", id).getSingleResult()).intValue();
    }

    /** The running job shows a sign of life, so no other instance takes it up. */
    void heartbeat(UUID id) {
        getEntityManager().createNativeQuery("update import_job set heartbeat_at = now() where id = :id")
                .setParameter("id", id).executeUpdate();
    }

    boolean isWaitingFor(String siteUrl) {
        return count("siteUrl = ?1 and state in ?2", siteUrl, List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING))
                > 0;
    }
}
