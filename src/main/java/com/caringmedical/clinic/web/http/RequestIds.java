package com.caringmedical.clinic.web.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Gives every request an id: the one a load balancer or client sent in {@code X-Request-Id} when it is a sane
 * token, a new UUID otherwise. The id is answered in the same header and set as {@code requestId} in the logging
 * context, so every log line written for the request (JSON logs in prod) carries it. Installed on the Vert.x
 * router ahead of everything, so health, metrics and errors get one too.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String sent = context.request().getHeader(HEADER);
            String id = sent != null && SANE.matcher(sent).matches() ? sent : newId();
            MDC.put(LOG_KEY, id);
            context.response().putHeader(HEADER, id);
            context.addEndHandler(done -> MDC.remove(LOG_KEY));
            context.next();
        });
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a request id must be unique, not unguessable, and
     * {@code UUID.randomUUID()} would make every request queue for the shared SecureRandom.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xCL << 60) | (0x8L << 60);
        return new UUID(high, low).toString();
    }
}
