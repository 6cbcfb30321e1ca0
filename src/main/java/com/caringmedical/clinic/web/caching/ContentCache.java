package com.caringmedical.clinic.web.caching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import com.caringmedical.clinic.web.http.HttpConfig;

/**
 * The serialized answers of public reads ({@link CachedContent}), kept in memory so that a repeated read costs
 * neither a database round trip nor serialization. It serves nothing until {@link ContentChangeListener} says the
 * database's change notifications are being heard, and forgets everything whenever a change is announced or that
 * listening stops (notifications sent meanwhile are lost). An answer read from the database is kept only if no
 * change was announced since its request started, so a read racing an edit cannot keep the old content. The one
 * window left is the notification's own delay after a commit on another instance (milliseconds on a healthy
 * database), during which this instance may still answer with the previous version.
 */
@ApplicationScoped
public class ContentCache {

    /**
     * One kept answer: its body, media type, tag and the headers the resource set, when it expires, and the route
     * template its reads are counted under in the HTTP metrics ({@code /articles/{slug}}; null when unknown).
     */
    public record Answer(byte[] body, MediaType type, EntityTag tag, List<Map.Entry<String, String>> headers,
            long expiresAtMillis, String template) {
    }

    /** What a read that missed needs to keep its answer: its key, and the generation and time it started at. */
    record Pending(String key, long generation, long expiresAtMillis) {
    }

    static final long NEVER = Long.MAX_VALUE;

    private final Cache<String, Answer> answers;
    private final Map<String, Object> remembered = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;

    ContentCache(HttpConfig config) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.contentCache().maxSize().asLongValue())
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

    /**
     * A value derived from content (the published offices' ids, say), kept like an answer: until the next change
     * is announced. While changes are not heard it is loaded on every call.
     */
    @SuppressWarnings("unchecked")
    public <T> T remembered(String key, Supplier<T> load) {
        Object kept = listening ? remembered.get(key) : null;
        if (kept != null) {
            return (T) kept;
        }
        long started = generation.get();
        T value = load.get();
        if (listening && generation.get() == started) {
            remembered.put(key, value);
            if (generation.get() != started) { // a change was announced while it was being put
                remembered.remove(key);
            }
        }
        return value;
    }

    /** Forgets every kept answer and value. */
    public void forgetAll() {
        generation.incrementAndGet();
        answers.invalidateAll();
        remembered.clear();
    }

    /** How many answers are kept now. */
    public long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /**
     * Whether the change notifications are heard ({@link ContentChangeListener}). Both ways everything kept is
     * forgotten: before listening began, changes went unheard; after it stopped, they will.
     */
    void listening(boolean heard) {
        forgetAll();
        listening = heard;
        forgetAll();
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
