package com.caringmedical.clinic.web.caching;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import com.caringmedical.clinic.web.http.HttpConfig;

/**
 * Gives every successful GET a strong ETag computed from the exact bytes of its body (JSON, or a text export) (unless the resource set
 * its own), answers a matching
 * {@code If-None-Match} with 304 and no body, and adds the configured Cache-Control where a resource set none.
 * Answers a resource marked {@code Cache-Control: no-store} are left alone; answers to signed-in requests are
 * tagged but marked {@code private, no-store}.
 * The body is serialized once here; the bytes are what the client receives, and for a public read what
 * {@link ContentCache} keeps ({@link CachedReadRoute} answers repeats from there without coming here).
 */
public class EntityTagFilter {

    static final String PRIVATE_CACHE_CONTROL = "private, no-store";

    /** Headers a kept answer sets afresh each time it is served. */
    private static final Set<String> NOT_KEPT = Set.of("etag", "content-type", "content-length", "date");

    private final ObjectMapper mapper;
    private final HttpConfig config;
    private final ContentCache cache;

    @Inject
    public EntityTagFilter(ObjectMapper mapper, HttpConfig config, ContentCache cache) {
        this.mapper = mapper;
        this.config = config;
        this.cache = cache;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest httpRequest,
            HttpServerResponse http)
            throws JsonProcessingException {
        if (!isCacheableRead(request, response)) {
            return;
        }
        Object entity = response.getEntity();
        byte[] body = entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) // an export in a text format
                : mapper.writeValueAsBytes(entity);
        // A resource that versions its state (a question under review) sets its own tag, the one If-Match checks.
        EntityTag tag = response.getHeaders().getFirst(HttpHeaders.ETAG) instanceof EntityTag own ? own
                : new EntityTag(digest(body));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        // An answer to a signed-in request may hold personal data: no shared cache may keep it.
        boolean signedIn = request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null;
        response.getHeaders().putIfAbsent(HttpHeaders.CACHE_CONTROL,
                List.of(signedIn ? PRIVATE_CACHE_CONTROL : config.cacheControl()));
        MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
        if (!signedIn && request.getProperty(ContentCacheFilter.PENDING) instanceof ContentCache.Pending pending) {
            cache.keep(pending, new ContentCache.Answer(body, type, tag, keptHeaders(response, http),
                    pending.expiresAtMillis(), CachedReadRoute.templateOf(httpRequest)));
        }
        if (matchesAny(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, new Annotation[0], type);
        }
    }

    /**
     * The headers a kept answer repeats: what the resource and this filter set (Link, Cache-Control, ...), and the
     * Vary that content negotiation wrote straight to the HTTP response.
     */
    private static List<Map.Entry<String, String>> keptHeaders(ContainerResponseContext response, HttpServerResponse http) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getHeaders().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                values.stream().filter(Objects::nonNull)
                        .forEach(value -> headers.add(Map.entry(name, headerText(value))));
            }
        });
        String vary = http.headers().get(HttpHeaders.VARY);
        if (vary != null && response.getHeaderString(HttpHeaders.VARY) == null) {
            headers.add(Map.entry(HttpHeaders.VARY, vary));
        }
        return List.copyOf(headers);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static String headerText(Object value) {
        return value instanceof String text ? text
                : ((RuntimeDelegate.HeaderDelegate) RuntimeDelegate.getInstance().createHeaderDelegate(value.getClass()))
                        .toString(value);
    }

    /**
     * RFC 9110 section 13.1.2: If-None-Match matches on "*" or on any listed tag under weak comparison, so
     * {@code W/"x"} matches {@code "x"}. (JAX-RS {@code evaluatePreconditions} compares strongly.)
     */
    static boolean matchesAny(String ifNoneMatch, String opaqueTag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + opaqueTag + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** A successful read, unless its resource said it must not be stored (a challenge, say). */
    private static boolean isCacheableRead(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && response.getStatus() == Response.Status.OK.getStatusCode()
                && response.hasEntity()
                && (cacheControl == null || !cacheControl.contains("no-store"));
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
