package com.caringmedical.clinic.web;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives every successful GET a strong ETag computed from the exact bytes of its body (JSON, or a text export) (unless the resource set
 * its own), answers a matching
 * {@code If-None-Match} with 304 and no body, and adds the configured Cache-Control where a resource set none.
 * Answers a resource marked {@code Cache-Control: no-store} are left alone; answers to signed-in requests are
 * tagged but marked {@code private, no-store}.
 * The body is serialized once here; the bytes are what the client receives.
 */
public class EntityTagFilter {

    static final String PRIVATE_CACHE_CONTROL = "private, no-store";

    private final ObjectMapper mapper;
    private final HttpConfig config;

    @Inject
    public EntityTagFilter(ObjectMapper mapper, HttpConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
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
        if (matchesAny(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
            response.setEntity(body, new Annotation[0], type);
        }
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
