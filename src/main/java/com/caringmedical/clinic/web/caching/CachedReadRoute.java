package com.caringmedical.clinic.web.caching;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import com.caringmedical.clinic.web.http.PublicLinks;

/**
 * Answers repeated public reads from {@link ContentCache} in a Vert.x route of its own, on the I/O thread, ahead of
 * Quarkus REST: a kept answer needs none of its matching, filters or response writing. Everything installed on the
 * router before it still applies (request ids, security headers, CORS, HSTS), and the HTTP metrics count the read
 * under the route template kept with the answer. A read with credentials, anything but GET and HEAD, and every
 * read the cache does not hold go on to Quarkus REST, which keeps the answer for next time.
 */
public class CachedReadRoute {

    /** Where Quarkus keeps a request's route template for its HTTP metrics (a Vert.x context local). */
    static final String TEMPLATE = "UrlPathTemplate";

    private final ContentCache cache;
    private final PublicLinks links;

    CachedReadRoute(ContentCache cache, PublicLinks links) {
        this.cache = cache;
        this.links = links;
    }

    /**
     * Quarkus runs its HTTP filters at order -priority: CORS (priority 300) has run by then; authentication (200)
     * and Quarkus REST's filter that installs its authentication-failure handler (199), which looks up the route
     * template by building a request mapper for every request, have not. A public read without credentials needs
     * neither. Request ids and the security headers come earlier still.
     */
    static final int ORDER = -250;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::answer);
    }

    /**
     * The route template Quarkus REST recorded for the request, where its HTTP metrics read it: a local of the
     * request's own Vert.x context (Quarkus's ObservabilityUtil puts it there). Null when there is none.
     */
    static String templateOf(HttpServerRequest request) {
        return request instanceof HttpServerRequestInternal internal
                && internal.context().getLocal(TEMPLATE) instanceof String template ? template : null;
    }

    /** What a read is kept under: its path and query as sent, and the media types it accepts. */
    static String key(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.uri() + '\n' + (accept == null ? "" : accept);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean head = request.method() == HttpMethod.HEAD;
        if ((request.method() != HttpMethod.GET && !head) || !cache.isServing()
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            context.next();
            return;
        }
        ContentCache.Answer answer = cache.find(key(request));
        if (answer == null) {
            context.next();
            return;
        }
        if (answer.template() != null && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(TEMPLATE, answer.template());
        }
        HttpServerResponse response = context.response();
        for (Map.Entry<String, String> header : answer.headers()) {
            response.headers().add(header.getKey(), links.forClients(header.getKey(), header.getValue()));
        }
        response.putHeader(HttpHeaders.ETAG, '"' + answer.tag().getValue() + '"');
        if (EntityTagFilter.matchesAny(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.tag().getValue())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, answer.type().toString());
        if (head) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(answer.body().length)).end();
        } else {
            // Wrapped, not copied: the kept bytes go to Netty as they are (Vert.x hands it a read-only slice).
            response.end(Buffer.buffer(Unpooled.wrappedBuffer(answer.body())));
        }
    }
}
