package com.caringmedical.clinic.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Imports survive the instance that ran them: a job left running by an instance that stopped (no sign of life for
 * longer than clinic.import.stale-after) is taken up by the next look, and one that stopped three times is given up.
 */
@QuarkusTest
class ImportRunnerTest {

    @Inject
    ImportRunner runner;

    @Inject
    EntityManager entityManager;

    private UUID leftRunning(int attempts) throws IOException {
        byte[] export;
        try (InputStream file = getClass().getResourceAsStream("/wordpress/clinic-export.xml")) {
            String run = String.valueOf(System.nanoTime());
            export = new String(file.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("https://clinic.example", "https://stopped-" + run + ".invalid")
                    .replace("ligaments-after-surgery", "ligaments-" + run).replace("knee-pain", "knee-pain-" + run)
                    .getBytes(StandardCharsets.UTF_8);
        }
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into import_job (id, source, site_url, publish, include_pages, state, export_document, progress,
                                        items, requested_by, created_at, started_at, heartbeat_at, attempts)
                values (:id, 'EXPORT_FILE', 'https://stopped.invalid', false, true, 'RUNNING', :file, '{}', '[]',
                        'admin', now() - interval '10 minutes', now() - interval '10 minutes',
                        now() - interval '5 minutes', :attempts)""")
                .setParameter("id", id).setParameter("file", export).setParameter("attempts", attempts)
                .executeUpdate());
        return id;
    }

    @Test
    void aJobWhoseInstanceStoppedIsTakenUpAndFinished() throws IOException {
        UUID id = leftRunning(1);
        runner.look();
        JsonPath job = WordPressImportResourceTest.finished("/imports/" + id);
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getMap("progress.articles")).containsEntry("created", 2);
    }

    @Test
    void aJobThatStoppedThreeTimesIsGivenUp() throws IOException {
        UUID id = leftRunning(ImportJobRepository.MAX_ATTEMPTS);
        runner.look();
        JsonPath job = WordPressImportResourceTest.finished("/imports/" + id);
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("failure")).startsWith("The instance running it stopped 3 times");
    }
}
