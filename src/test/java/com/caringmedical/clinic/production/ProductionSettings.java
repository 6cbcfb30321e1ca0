package com.caringmedical.clinic.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the packaged service needs in production, for {@link PackagedServiceIT}: a PostgreSQL server of its own (a
 * real one, started from the zonky binaries in the test JVM, since production builds leave the embedded-postgresql
 * extension out) and every setting prod refuses to start without, as an operator would give them. The staff mail
 * goes to the test's SMTP server ({@code testing.MailServer}, a global test resource).
 */
public class ProductionSettings implements QuarkusTestResourceLifecycleManager {

    static final String ADMIN_PASSWORD = "it-admin-" + random();
    static final String INBOX = "questions@clinic.test";
    static final int MANAGEMENT_PORT = freePort();

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL for the packaged service did not start", e);
        }
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres")
                        .replaceFirst("\\?.*", "")),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.datasource.password", "postgres"),
                Map.entry("quarkus.management.port", String.valueOf(MANAGEMENT_PORT)),
                Map.entry("clinic.questions.challenge.hmac-key", "it-" + random()),
                // The widget's work in a browser takes a moment; the test solves it in a few milliseconds.
                Map.entry("clinic.questions.challenge.max-number", "1000"),
                Map.entry("clinic.notifications.default-inbox", INBOX),
                Map.entry("clinic.notifications.review-url", "https://api.clinic.test/q/swagger-ui/"),
                Map.entry("quarkus.http.cors.origins", "https://www.clinic.test"),
                Map.entry("clinic.staff.initial-admin.password", ADMIN_PASSWORD),
                Map.entry("clinic.notifications.relay.poll-interval", "1s"),
                Map.entry("quarkus.shutdown.delay", "0s"));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the management interface", e);
        }
    }
}
