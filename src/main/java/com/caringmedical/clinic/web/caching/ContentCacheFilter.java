package com.caringmedical.clinic.web.caching;

import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.vertx.core.http.HttpServerRequest;

/**
 * Marks the public reads that {@link CachedReadRoute} could not answer from {@link ContentCache}, so that
 * {@link EntityTagFilter} keeps their answers; and makes this instance forget its answers after every editor's write.
 * <p>
 * A read that carries credentials is never answered from, nor kept in, memory: its answer is private.
 */
public class ContentCacheFilter {

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

    /** A public read that {@link CachedReadRoute} could not answer: its answer may be kept for the next one. */
    @ServerRequestFilter(nonBlocking = true)
    public void markReadsToKeep(ContainerRequestContext request, SimpleResourceInfo resource, HttpServerRequest http) {
        Optional<CachedContent> cached = CACHED.get(resource.getResourceClass());
        if (cached.isPresent() && cache.isServing() && isRead(request.getMethod())
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            request.setProperty(PENDING, cache.pending(CachedReadRoute.key(http), cached.get().minuteByMinute()));
        }
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
