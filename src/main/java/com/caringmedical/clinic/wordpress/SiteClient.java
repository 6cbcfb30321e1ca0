package com.caringmedical.clinic.wordpress;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Reads a WordPress site for the import, as one reads a stranger's server: every address (redirects included) is
 * checked by {@link SiteAddress} and connected to as resolved there; each answer has a time limit and a size limit,
 * and one that passes either is cut off. A site that fails gives a {@link SiteUnreadable} with a sentence for the
 * report, never anything that could stop the service. Vert.x's client, because it connects to the address checked
 * while still sending the site's name (Host, and SNI for https).
 */
@ApplicationScoped
class SiteClient {

    private static final int MAX_REDIRECTS = 5;

    /** An answer the import could not get, in words for its report. */
    static class SiteUnreadable extends RuntimeException {
        SiteUnreadable(String message) {
            super(message);
        }
    }

    /** The site closed a connection before it answered on it. */
    private static final class ConnectionLost extends SiteUnreadable {
        ConnectionLost(String message) {
            super(message);
        }
    }

    /** A whole answer: its status, headers (names in lower case) and body, and the address it came from. */
    record Answer(URI uri, int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            String type = header("content-type");
            return type == null ? "" : type.toLowerCase(Locale.ROOT);
        }
    }

    private final HttpClient client;
    private final ImportConfig config;
    private final SiteAddress.Resolver resolver;

    SiteClient(Vertx vertx, ImportConfig config) {
        this.config = config;
        this.resolver = SiteAddress.Resolver.SYSTEM;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setVerifyHost(true)
                .setMaxPoolSize(2)
                .setKeepAlive(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * GETs the address, following up to five redirects, each checked again. Answers of any status come back (the
     * caller decides what a 404 means); no answer at all is a {@link SiteUnreadable}.
     */
    Answer get(URI uri, long maxBytes, String accept) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            SiteAddress address;
            try {
                address = SiteAddress.resolve(current, config.allowedHosts().orElse(List.of()), resolver);
            } catch (SiteAddress.Refused refused) {
                throw new SiteUnreadable(refused.getMessage());
            }
            Answer answer;
            try {
                answer = once(address, maxBytes, accept);
            } catch (ConnectionLost lost) {
                // A kept-alive connection the site had closed meanwhile: once more, on a new one.
                answer = once(address, maxBytes, accept);
            }
            String location = answer.header("location");
            if (answer.status() / 100 == 3 && answer.status() != 304 && location != null) {
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new SiteUnreadable(current + " redirected to '" + location + "', which is not an address");
                }
                continue;
            }
            return answer;
        }
        throw new SiteUnreadable(uri + " redirected more than " + MAX_REDIRECTS + " times");
    }

    private Answer once(SiteAddress address, long maxBytes, String accept) {
        URI uri = address.uri();
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long timeout = config.requestTimeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(address.port(), address.address().getHostAddress()))
                .setHost(host)
                .setPort(address.port())
                .setSsl(address.secure())
                .setURI(target)
                // The whole answer's time limit is below; the idle one only ends a connection left hanging.
                .setIdleTimeout(timeout + 1000)
                .putHeader("User-Agent", "clinic-api (WordPress import)")
                .putHeader("Accept", accept);
        CompletableFuture<Answer> result = new CompletableFuture<>();
        CompletableFuture<HttpClientRequest> sent = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        client.request(options).onFailure(result::completeExceptionally).onSuccess(request -> {
            sent.complete(request);
            request.response().onFailure(result::completeExceptionally).onSuccess(response -> {
                started.set(true);
                String length = response.getHeader("content-length");
                if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > maxBytes) {
                    result.completeExceptionally(tooLarge(uri, maxBytes));
                    request.reset();
                    return;
                }
                Buffer body = Buffer.buffer();
                response.handler(chunk -> {
                    if (body.length() + chunk.length() > maxBytes) {
                        result.completeExceptionally(tooLarge(uri, maxBytes));
                        request.reset();
                    } else {
                        body.appendBuffer(chunk);
                    }
                });
                response.exceptionHandler(result::completeExceptionally);
                response.endHandler(done -> {
                    Map<String, String> headers = new TreeMap<>();
                    response.headers().forEach(header -> headers.putIfAbsent(
                            header.getKey().toLowerCase(Locale.ROOT), header.getValue()));
                    result.complete(new Answer(uri, response.statusCode(), Map.copyOf(headers), body.getBytes()));
                });
            });
            request.end();
        });
        try {
            return result.get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.thenAccept(HttpClientRequest::reset);
            throw new SiteUnreadable(uri + " did not answer in full within " + config.requestTimeout().toSeconds()
                    + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteUnreadable("reading " + uri + " was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SiteUnreadable unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof HttpClosedException && !started.get()) {
                throw new ConnectionLost(uri + " closed the connection before answering");
            }
            throw new SiteUnreadable("reading " + uri + " failed: " + describe(e.getCause()));
        }
    }

    private static SiteUnreadable tooLarge(URI uri, long maxBytes) {
        return new SiteUnreadable(uri + " is larger than the limit of " + maxBytes / 1024 + " KB");
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
