package com.caringmedical.clinic.wordpress;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.outbound.OutboundAddress;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * Starts imports and answers how they stand. An import is a job: it is stored, answered with 202, and run by
 * {@link ImportRunner} on one instance, outside the request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    static final class ExportUnreadable extends ProblemException {
        ExportUnreadable(String why) {
            super(ProblemType.MALFORMED_REQUEST, "The body is not a WordPress export file (WXR): " + why + ".");
        }
    }

    static final class ImportWaiting extends ProblemException {
        ImportWaiting(String site) {
            super(ProblemType.CONFLICT, "An import of " + site + " is queued or running already; follow it with GET "
                    + "/imports, and start another once it has finished.");
        }
    }

    /** A job was stored; once its transaction commits, the runner may take it up at once. */
    record Queued(UUID id) {
    }

    private final ImportJobRepository jobs;
    private final ImportConfig config;
    private final Event<Queued> queued;

    ImportService(ImportJobRepository jobs, ImportConfig config, Event<Queued> queued) {
        this.jobs = jobs;
        this.config = config;
        this.queued = queued;
    }

    /** Queues an import of the site's REST API; the address is checked now, and again when the job reads it. */
    @Transactional
    ImportJobView startSite(ImportRequest request, String admin) {
        try {
            OutboundAddress.resolve(OutboundAddress.parse(request.siteUrl()), config.allowedHostsRule(),
                    OutboundAddress.Resolver.SYSTEM);
        } catch (OutboundAddress.Refused refused) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("siteUrl", refused.getMessage())));
        }
        String site = ImportRun.siteKey(request.siteUrl());
        return queue(new ImportJob(ImportJob.Source.SITE, site, null, request.publishing(), request.withPages(), admin,
                now()));
    }

    /**
     * Queues an import of an export file once its start shows it is one, from the site it names; the job reads the
     * whole file (a file broken further on fails the job, with the reason).
     */
    @Transactional
    ImportJobView startExport(byte[] document, boolean publish, boolean includePages, String admin) {
        String site = WxrReader.siteOf(document).orElseThrow(() -> new ExportUnreadable("its start is not an rss "
                + "channel with a wp:wxr_version and the wp:base_blog_url of the site it comes from"));
        return queue(new ImportJob(ImportJob.Source.EXPORT_FILE, ImportRun.siteKey(site), document, publish,
                includePages, admin, now()));
    }

    private ImportJobView queue(ImportJob job) {
        if (jobs.isWaitingFor(job.siteUrl())) {
            throw new ImportWaiting(job.siteUrl());
        }
        jobs.persist(job);
        jobs.flush();
        queued.fire(new Queued(job.id()));
        LOG.infof("Admin '%s' queued the import %s of %s (%s)", job.requestedBy(), job.id(), job.siteUrl(),
                job.source());
        return ImportJobView.of(job);
    }

    Optional<ImportJobView> find(UUID id) {
        return jobs.findByIdOptional(id).map(ImportJobView::of);
    }

    /** Every import, newest first, without their item lines (GET /imports/{id} has them). */
    PageView<ImportJobView> list(PageParams page) {
        return PageView.fetch(jobs.findAll(Sort.descending("createdAt")), page,
                job -> ImportJobView.of(job).withoutItems());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
