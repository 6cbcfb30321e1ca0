package com.caringmedical.clinic.wordpress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import com.caringmedical.clinic.web.outbound.OutboundAddress;

/**
 * Runs the queued imports, one at a time on each instance, on a thread of its own (never a request's). A job is
 * claimed in PostgreSQL, so exactly one instance runs it; the instance touches it while it works, and a job whose
 * instance stopped is taken up again by another after {@code clinic.import.stale-after}: imports are safe to run
 * twice. A job is given up after three such starts.
 */
@ApplicationScoped
class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ImportJobRepository jobs;
    private final WordPressSite sites;
    private final WordPressImport importer;
    private final ImportConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "wordpress-import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean stopping;

    ImportRunner(ImportJobRepository jobs, WordPressSite sites, WordPressImport importer, ImportConfig config) {
        this.jobs = jobs;
        this.sites = sites;
        this.importer = importer;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdownNow();
    }

    /** A job was queued here: run it now rather than at the next look. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportService.Queued job) {
        wake();
    }

    /** Jobs queued on an instance that stopped, or left running by one. */
    @Scheduled(identity = "wordpress-import", every = "${clinic.import.poll-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        wake();
    }

    private void wake() {
        if (!stopping && busy.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    Optional<UUID> next;
                    while ((next = QuarkusTransaction.requiringNew()
                            .call(() -> jobs.claim(config.staleAfter()))).isPresent()) {
                        run(next.get());
                    }
                } catch (RuntimeException e) {
                    if (!stopping) {
                        LOG.error("Looking for WordPress imports to run failed", e);
                    }
                } finally {
                    busy.set(false);
                }
            });
        }
    }

    private void run(UUID id) {
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob found = jobs.findById(id);
            return new Job(found.source(), found.siteUrl(), found.exportDocument(), found.publish(),
                    found.includePages(), found.requestedBy(), jobs.attempts(id));
        });
        if (job.attempts() > ImportJobRepository.MAX_ATTEMPTS) {
            finish(id, ImportJob.State.FAILED, "The instance running it stopped " + ImportJobRepository.MAX_ATTEMPTS
                    + " times; start the import again (it carries on where it stopped).", null);
            return;
        }
        LOG.infof("Running the import %s of %s (%s)", id, job.siteUrl(), job.source());
        ImportLog log = new ImportLog((progress, items) -> QuarkusTransaction.requiringNew().run(() -> {
            jobs.findById(id).report(progress, items);
            jobs.heartbeat(id);
        }));
        try {
            WordPressExport site = job.source() == ImportJob.Source.SITE
                    ? sites.read(job.siteUrl(), job.includePages(), note -> log.siteNote(job.siteUrl(), note))
                    : WxrReader.read(new String(job.document(), StandardCharsets.UTF_8));
            importer.run(new ImportRun(site, job.publish(), job.includePages(),
                    "wordpress-import by " + job.requestedBy(), log));
            finish(id, ImportJob.State.SUCCEEDED, null, log);
            LOG.infof("The import %s of %s finished: %s", id, job.siteUrl(), log.progress());
        } catch (SiteClient.SiteUnreadable | OutboundAddress.Refused | IllegalArgumentException e) {
            finish(id, ImportJob.State.FAILED, e.getMessage(), log);
            LOG.warnf("The import %s of %s failed: %s", id, job.siteUrl(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "The import %s of %s stopped on an unexpected error", id, job.siteUrl());
            finish(id, ImportJob.State.FAILED, "An unexpected error stopped it (" + e.getClass().getSimpleName()
                    + "); the service log has the details. What was imported until then stays; import again to "
                    + "carry on.", log);
        }
    }

    private void finish(UUID id, ImportJob.State state, String why, ImportLog log) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = jobs.findById(id);
            if (log != null) {
                job.report(log.progress(), log.items());
            }
            job.finish(state, why, Instant.now().truncatedTo(ChronoUnit.MICROS));
        });
    }

    /** What the runner needs of a job, read in one short transaction. */
    private record Job(ImportJob.Source source, String siteUrl, byte[] document, boolean publish,
            boolean includePages, String requestedBy, int attempts) {
    }
}
