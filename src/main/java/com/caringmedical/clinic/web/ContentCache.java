package com.caringmedical.clinic.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.SimplePassword;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The serialized answers of public reads ({@link CachedContent}), kept in memory so that a repeated read costs
 * neither a database round trip nor serialization. Kept correct across instances by the database: every statement
 * on a content table notifies the channel {@code content_changed} when its transaction commits (Flyway V12), and
 * this instance listens on a connection of its own (outside the pool, named {@value #LISTENER_NAME} in
 * {@code pg_stat_activity}) and forgets everything when a notification comes.
 * <p>
 * Nothing is served from memory unless that connection is listening: before it is, after it is lost and until it
 * listens again (everything is forgotten then, since notifications sent meanwhile are lost). An answer read from the
 * database is kept only if no change was announced since its request started, so a read racing an edit cannot keep
 * the old content. The one window left is the notification's own delay after a commit on another instance
 * (milliseconds on a healthy database), during which this instance may still answer with the previous version.
 */
@ApplicationScoped
public class ContentCache {

    /** One kept answer: its body, media type, tag and the headers the resource set, and when it expires. */
    public record Answer(byte[] body, MediaType type, EntityTag tag, List<Map.Entry<String, String>> headers,
            long expiresAtMillis) {
    }

    /** What a read that missed needs to keep its answer: its key, and the generation and time it started at. */
    record Pending(String key, long generation, long expiresAtMillis) {
    }

    static final long NEVER = Long.MAX_VALUE;
    static final String CHANNEL = "content_changed";
    /** The listening connection's application_name, so that it is easy to tell apart in pg_stat_activity. */
    static final String LISTENER_NAME = "clinic-api content listener";
    private static final Logger LOG = Logger.getLogger(ContentCache.class);
    private static final Duration LONGEST_RECONNECT = Duration.ofSeconds(30);
    private static final int POLL_MILLIS = 1000;
    /** How often an idle listening connection is checked with a query, so a silently dead one is noticed. */
    private static final long CHECK_EVERY_MILLIS = 10_000;

    private final HttpConfig.ContentCacheConfig config;
    private final AgroalDataSource dataSource;
    private final Cache<String, Answer> answers;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    ContentCache(HttpConfig config, AgroalDataSource dataSource) {
        this.config = config.contentCache();
        this.dataSource = dataSource;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(this.config.maxSize().asLongValue())
                .weigher((String key, Answer answer) -> key.length() + answer.body().length + 256)
                .expireAfter(new UntilItExpires())
                .build();
    }

    /** Whether answers are served from and kept in memory now. */
    public boolean isServing() {
        return listening;
    }

    Answer find(String key) {
        return listening ? answers.getIfPresent(key) : null;
    }

    /** The request is about to read the database: remembers what it needs to keep its answer afterwards. */
    Pending pending(String key, boolean minuteByMinute) {
        long now = System.currentTimeMillis();
        return new Pending(key, generation.get(), minuteByMinute ? now - now % 60_000 + 60_000 : NEVER);
    }

    /** Keeps an answer read from the database, unless a change was announced since its request started. */
    void keep(Pending pending, Answer answer) {
        if (!listening || generation.get() != pending.generation()
                || answer.expiresAtMillis() <= System.currentTimeMillis()) {
            return;
        }
        answers.put(pending.key(), answer);
        if (generation.get() != pending.generation()) { // a change was announced while it was being put
            answers.invalidate(pending.key());
        }
    }

    /** Forgets every kept answer. */
    public void forgetAll() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    /** How many answers are kept now. */
    public long size() {
        answers.cleanUp();
        return answers.estimatedSize();
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
        listening = false;
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
                // Whatever changed before this point was not heard: start from nothing.
                forgetAll();
                listening = true;
                LOG.debug("Listening for content changes; public answers are served from memory");
                pause = config.reconnectAfter();
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Lost the connection that listens for content changes (%s); public answers come from "
                            + "the database until it is back, in %d s", e.getMessage(), pause.toSeconds());
                }
            } finally {
                listening = false;
                forgetAll();
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
                forgetAll();
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

    /** Each answer lives until its own expiry: for ever for content, to the next minute for minute-by-minute answers. */
    private static final class UntilItExpires implements Expiry<String, Answer> {

        @Override
        public long expireAfterCreate(String key, Answer answer, long currentTime) {
            if (answer.expiresAtMillis() == NEVER) {
                return Long.MAX_VALUE;
            }
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, answer.expiresAtMillis() - System.currentTimeMillis()));
        }

        @Override
        public long expireAfterUpdate(String key, Answer answer, long currentTime, long currentDuration) {
            return expireAfterCreate(key, answer, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Answer answer, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
