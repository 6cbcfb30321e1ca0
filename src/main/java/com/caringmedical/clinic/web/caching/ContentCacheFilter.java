package com.caringmedical.clinic.web.caching;

import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.vertx.core.http.HttpServerRequest;

/**
 * Answers public reads from {@link ContentCache} on the I/O thread, before the request would move to a worker thread
 * and the database; marks the reads it could not answer so that {@link EntityTagFilter} keeps their answers; and
 * makes this instance forget its answers after every editor's write.
 * <p>
 * A read that carries credentials is never answered from, nor kept in, memory: its answer is private.
 */
public class ContentCacheFilter {

    /** Request property: the read was answered from memory. */
    static final String SERVED = ContentCacheFilter.class.getName() + ".served";
    /** Request property: the read missed; its answer may be kept ({@link ContentCache.Pending}). */
    static final String PENDING = ContentCacheFilter.class.getName() + ".pending";

    private static final ClassValue<Optional<CachedContent>> CACHED = new ClassValue<>() {
        @Override
        protected Optional<CachedContent> computeValue(Class<?> type) {
            return Optional.ofNullable(type.getAnnotation(CachedContent.class));
        }
    };
    private static final ClassValue<Boolean> CHANGES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isAnnotationPresent(ChangesContent.class);
        }
    };

    private final ContentCache cache;

    ContentCacheFilter(ContentCache cache) {
        this.cache = cache;
    }

    @ServerRequestFilter(nonBlocking = true)
    public Response answerFromMemory(ContainerRequestContext request, SimpleResourceInfo resource,
            HttpServerRequest http) {
        Optional<CachedContent> cached = CACHED.get(resource.getResourceClass());
        if (cached.isEmpty() || !cache.isServing() || !isRead(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        String key = http.uri() + '\n' + Optional.ofNullable(request.getHeaderString(HttpHeaders.ACCEPT)).orElse("");
        ContentCache.Answer answer = cache.find(key);
        if (answer == null) {
            request.setProperty(PENDING, cache.pending(key, cached.get().minuteByMinute()));
            return null;
        }
        request.setProperty(SERVED, Boolean.TRUE);
        boolean notModified = EntityTagFilter.matchesAny(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                answer.tag().getValue());
        Response.ResponseBuilder response = notModified ? Response.notModified(answer.tag())
                : Response.ok(answer.body(), answer.type()).tag(answer.tag());
        answer.headers().forEach(header -> response.header(header.getKey(), header.getValue()));
        return response.build();
    }

    @ServerResponseFilter
    public void forgetAfterEdits(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (!isRead(request.getMethod()) && resource != null && resource.getResourceClass() != null
                && CHANGES.get(resource.getResourceClass())) {
            cache.forgetAll();
        }
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
