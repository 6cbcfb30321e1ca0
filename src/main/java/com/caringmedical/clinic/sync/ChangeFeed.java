package com.caringmedical.clinic.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * The change feed: what happened to public content after a client's position, read from {@code content_change}
 * (database triggers write it, Flyway V23). Only changes of transactions older than every running one are handed
 * out, so a position never passes a change that commits later. Changes older than {@code clinic.sync.keep-changes-for}
 * are deleted; a position before them is answered with 410.
 */
@ApplicationScoped
public class ChangeFeed {

    static final int MAX_LIMIT = 1000;

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final Map<String, String> PATHS = Map.of("article", "/articles/", "treatment", "/treatments/",
            "location", "/locations/", "author", "/authors/", "reference", "/references/");
    private static final String VISIBLE = "c.tx < pg_snapshot_xmin(pg_current_snapshot())";

    private final EntityManager entityManager;
    private final SyncConfig config;

    ChangeFeed(EntityManager entityManager, SyncConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /**
     * The changes after {@code since}, at most {@code limit} rows' worth, the newest change per item only. Without a
     * position: none, and the position to start from (after reading the lists).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangesView after(String since, int limit) {
        SyncPosition horizon = horizon();
        if (since == null) {
            return new ChangesView(List.of(), latest().orElse(horizon).toString(), false);
        }
        SyncPosition from = SyncPosition.parse(since);
        if (from.isBefore(horizon)) {
            throw new PositionExpired(config);
        }
        List<?> rows = entityManager.createNativeQuery("""
                select cast(cast(c.tx as text) as bigint), c.id, c.kind, c.key, c.change, c.changed_at
                from content_change c
                where (c.tx, c.id) > (cast(cast(:tx as text) as xid8), :id) and %s
                order by c.tx, c.id
                limit :limit""".formatted(VISIBLE))
                .setParameter("tx", from.tx()).setParameter("id", from.id()).setParameter("limit", limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        Map<String, ChangeView> newestPerItem = new LinkedHashMap<>();
        SyncPosition next = from;
        for (Object row : rows.subList(0, Math.min(limit, rows.size()))) {
            Object[] columns = (Object[]) row;
            next = SyncPosition.of(columns);
            String kind = (String) columns[2];
            String key = (String) columns[3];
            newestPerItem.remove(kind + "/" + key);
            newestPerItem.put(kind + "/" + key, new ChangeView(kind, key, (String) columns[4],
                    PATHS.get(kind) + key, instant(columns[5])));
        }
        return new ChangesView(new ArrayList<>(newestPerItem.values()), next.toString(), more);
    }

    @Scheduled(identity = "change-feed-retention", every = "${clinic.sync.prune-every}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune(Instant.now());
    }

    /**
     * Deletes the changes saved before {@code now} minus {@code keep-changes-for} and moves the horizon to the newest
     * of them. Every instance may run it: the delete is idempotent and the horizon only moves forward.
     */
    @Transactional
    public long prune(Instant now) {
        Instant cutoff = now.minus(config.keepChangesFor());
        List<?> newest = entityManager.createNativeQuery("""
                select cast(cast(c.tx as text) as bigint), c.id from content_change c
                where c.changed_at < :cutoff order by c.tx desc, c.id desc limit 1""")
                .setParameter("cutoff", cutoff).getResultList();
        if (newest.isEmpty()) {
            return 0;
        }
        Object[] position = (Object[]) newest.get(0);
        entityManager.createNativeQuery("""
                update content_change_horizon set tx = cast(cast(:tx as text) as xid8), id = :id
                where (tx, id) < (cast(cast(:tx as text) as xid8), :id)""")
                .setParameter("tx", position[0]).setParameter("id", position[1]).executeUpdate();
        int deleted = entityManager.createNativeQuery("""
                delete from content_change where (tx, id) <= (cast(cast(:tx as text) as xid8), :id)""")
                .setParameter("tx", position[0]).setParameter("id", position[1]).executeUpdate();
        LOG.infof("The change feed forgot %d changes saved before %s", deleted, cutoff);
        return deleted;
    }

    private SyncPosition horizon() {
        return SyncPosition.of((Object[]) entityManager.createNativeQuery(
                "select cast(cast(tx as text) as bigint), id from content_change_horizon").getSingleResult());
    }

    /** The newest position a client may be given now. */
    private Optional<SyncPosition> latest() {
        List<?> rows = entityManager.createNativeQuery("""
                select cast(cast(c.tx as text) as bigint), c.id from content_change c where %s
                order by c.tx desc, c.id desc limit 1""".formatted(VISIBLE)).getResultList();
        return rows.stream().map(row -> SyncPosition.of((Object[]) row)).findFirst();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("a timestamp came as " + value.getClass());
    }

    /** The client's position lies before changes that were deleted: it must read the lists again. */
    static final class PositionExpired extends ProblemException {

        PositionExpired(SyncConfig config) {
            super(ProblemType.SYNC_POSITION_EXPIRED, "Changes this far back are kept for " + config.keepChangesFor()
                    .toDays() + " days only. Read the lists again (after GET /changes without since, for a new "
                    + "position).");
        }
    }
}
