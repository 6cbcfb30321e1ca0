package com.caringmedical.clinic.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * In dev and test, a port for the embedded PostgreSQL that nothing on this machine listens on.
 * <p>
 * Left alone, the embedded-postgresql extension (0.3.0) takes 5432 plus a random number from 0 to 10, without looking
 * whether the port is taken, and points the datasource at {@code localhost} on it. One start in eleven therefore lands
 * on 5432, where a machine's own PostgreSQL usually listens: the tests or {@code quarkus:dev} then migrate, fill and
 * clean that server's {@code postgres} database (with trust authentication nothing stops them), and they meet whatever
 * earlier runs left there. This source asks the kernel for a free port instead. Each start (a test profile, a live
 * reload) builds its configuration in a class loader of its own and gets a new empty server on a new free port; within
 * one start the port stays the same, so the build-time and the run-time configuration agree. A port set in
 * {@code application.properties}, the environment or {@code -D} still wins (this source has the lowest ordinal), and
 * in other profiles it adds nothing.
 */
public class EmbeddedDatabasePort implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.embedded.postgresql.port";
    private static final List<String> PROFILES = List.of("dev", "test");
    /** Below every source a person sets (application.properties is 250). */
    private static final int ORDINAL = 10;

    /** Chosen once per class loader, that is once per start. */
    private static volatile Integer port;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (context.getProfiles().stream().noneMatch(PROFILES::contains)) {
            return List.of();
        }
        return List.of(new MapBackedConfigSource("embedded PostgreSQL on a free port", Map.of(PROPERTY,
                String.valueOf(freePort())), ORDINAL) {
        });
    }

    static synchronized int freePort() {
        if (port == null) {
            port = pickFreePort();
        }
        return port;
    }

    /** A port free on both loopback addresses, since {@code localhost} may resolve to either. */
    private static int pickFreePort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket v4 = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                int candidate = v4.getLocalPort();
                if (freeOnIpv6Loopback(candidate)) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
            }
        }
        throw new IllegalStateException("no port free on both 127.0.0.1 and ::1 for the embedded PostgreSQL");
    }

    private static boolean freeOnIpv6Loopback(int candidate) {
        try (ServerSocket v6 = new ServerSocket(candidate, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException e) {
            // Taken; or else this machine has no IPv6, and PostgreSQL listens on 127.0.0.1 alone, which is free.
            return !String.valueOf(e.getMessage()).contains("already in use");
        }
    }
}
