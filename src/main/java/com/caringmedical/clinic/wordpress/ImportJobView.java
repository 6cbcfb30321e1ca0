package com.caringmedical.clinic.wordpress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An import as an admin follows it: where it stands, how far it got, and what to look at. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WordPressImport", description = "An import job. progress counts items per kind (articles, media, "
        + "authors, references, redirects); items has a line per item with what became of it and what an editor "
        + "should look at.")
public record ImportJobView(
        @Schema(examples = "5b0c8b5e-6f7e-4a8c-9d0e-2f1a3b4c5d6e") UUID id,
        @Schema(description = "QUEUED, RUNNING, SUCCEEDED (items may still have failed: see items) or FAILED (the "
                + "site or file could not be read: see failure).") ImportJob.State state,
        @Schema(description = "SITE (its REST API) or EXPORT_FILE (WXR).") ImportJob.Source source,
        @Schema(examples = "https://www.clinic.example") String siteUrl,
        boolean publish,
        boolean includePages,
        @Schema(examples = "admin") String requestedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Why the import failed as a whole.") String failure,
        Map<String, ImportReport.Counts> progress,
        List<ImportReport.Item> items) {

    ImportJobView withoutItems() {
        return new ImportJobView(id, state, source, siteUrl, publish, includePages, requestedBy, createdAt, startedAt,
                finishedAt, failure, progress, null);
    }

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.state(), job.source(), job.siteUrl(), job.publish(), job.includePages(),
                job.requestedBy(), job.createdAt(), job.startedAt(), job.finishedAt(), job.failure(),
                job.progress(), job.items());
    }
}
