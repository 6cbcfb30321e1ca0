package com.caringmedical.clinic.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.schedule.ScheduledChange.Action;
import com.caringmedical.clinic.schedule.ScheduledChange.State;

@ApplicationScoped
class ScheduleRepository implements PanacheRepository<ScheduledChange> {

    /** The item's schedule: pending changes first, then failed ones, then done ones; each newest first. */
    List<ScheduledChange> findForItem(String kind, long itemId) {
        return find("kind = ?1 and itemId = ?2", Sort.descending("state", "dueAt"), kind, itemId).list();
    }

    Optional<ScheduledChange> findPending(String kind, long itemId, Action action) {
        return find("kind = ?1 and itemId = ?2 and action = ?3 and state = ?4", kind, itemId, action, State.PENDING)
                .firstResultOptional();
    }

    /**
     * The oldest due change no other instance holds, locked until the transaction ends (FOR UPDATE SKIP LOCKED):
     * what this instance does now.
     */
    Optional<ScheduledChange> claimDue(Instant now) {
        List<?> due = getEntityManager().createNativeQuery("""
                select id from publication_schedule
                 where state = 'PENDING' and due_at <= :now
                 order by due_at, id
                 limit 1
                 for update skip locked""")
                .setParameter("now", now).getResultList();
        return due.stream().findFirst().map(id -> findById(((Number) id).longValue()));
    }
}
