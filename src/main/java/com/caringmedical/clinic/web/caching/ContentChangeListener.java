package com.caringmedical.clinic.web.caching;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.SimplePassword;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import com.caringmedical.clinic.web.http.HttpConfig;

/**
 * Keeps {@link ContentCache} correct across instances. Every statement on a content table notifies the channel
 * {@code content_changed} when its transaction commits (Flyway V12); this instance listens on a connection of its
 * own (outside the pool, named {@value #LISTENER_NAME} in {@code pg_stat_activity}) and makes the cache forget
 * everything on each notification. While the connection is down the cache serves nothing; the listener connects
 * again with a growing pause (up to 30 s), and an idle connection is checked with a query now and then, so a
 * silently dead one is noticed.
 */
@ApplicationScoped
class ContentChangeListener {

    static final String CHANNEL = "content_changed";
    /** The listening connection's application_name, so that it is easy to tell apart in pg_stat_activity. */
    static final String LISTENER_NAME = "clinic-api content listener";
    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);
    private static final Duration LONGEST_RECONNECT = Duration.ofSeconds(30);
    private static final int POLL_MILLIS = 1000;
    /** How often an idle listening connection is checked with a query, so a silently dead one is noticed. */
    private static final long CHECK_EVERY_MILLIS = 10_000;

    private final ContentCache cache;
    private final HttpConfig.ContentCacheConfig config;
    private final AgroalDataSource dataSource;
    private volatile boolean running;
    private Thread listener;

    ContentChangeListener(ContentCache cache, HttpConfig config, AgroalDataSource dataSource) {
        this.cache = cache;
        this.config = config.contentCache();
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Public answers are not cached in memory (clinic.http.content-cache.enabled=false)");
            return;
        }
        running = true;
        listener = new Thread(this::listen, "content-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        cache.listening(false);
        if (listener != null) {
            listener.join(2 * POLL_MILLIS);
        }
    }

    /** Listens for content changes until shutdown, connecting again (with a growing pause) whenever the connection is lost. */
    private void listen() {
        Duration pause = config.reconnectAfter();
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.listening(true);
                LOG.debug("Listening for content changes; public answers are served from memory");
                pause = config.reconnectAfter();
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Lost the connection that listens for content changes (%s); public answers come from "
                            + "the database until it is back, in %d s", e.getMessage(), pause.toSeconds());
                }
            } finally {
                cache.listening(false);
            }
            if (running) {
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_RECONNECT) > 0 ? LONGEST_RECONNECT : pause.multipliedBy(2);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long checked = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                cache.forgetAll();
            }
            if (System.currentTimeMillis() - checked > CHECK_EVERY_MILLIS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                checked = System.currentTimeMillis();
            }
        }
    }

    /**
     * A connection of its own, outside the pool, to the pool's database with the pool's settings: it is held for
     * as long as it works, and a lost one is simply closed rather than handed back to the pool.
     */
    private Connection connect() throws SQLException {
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        if (factory.principal() != null) {
            properties.setProperty("user", factory.principal().getName());
        }
        factory.credentials().stream().filter(SimplePassword.class::isInstance).map(SimplePassword.class::cast)
                .findFirst().ifPresent(password -> properties.setProperty("password", password.getWord()));
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new Driver().connect(factory.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + factory.jdbcUrl());
        }
        return connection;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
