package com.caringmedical.clinic.web.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * One request to an address someone gave the service, as one calls a stranger's server: the connection goes to the
 * address {@link OutboundAddress} checked, while the request still names the host (Host, and SNI for https); the
 * whole answer has a time limit and a size limit, and one that passes either is cut off. No redirect is followed
 * here: a caller that follows them checks each new address again. Vert.x's client, because it connects to a given
 * address while naming another host. Each feature that calls out keeps one, with its own pool and connect timeout.
 */
public final class OutboundHttp implements AutoCloseable {

    /** A whole answer: its status, headers (names in lower case) and body, and the address it came from. */
    public record Answer(URI uri, int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type.toLowerCase(Locale.ROOT);
        }
    }

    /** No whole answer came, in words for a report or a delivery log. */
    public static class NoAnswer extends RuntimeException {
        public NoAnswer(String message) {
            super(message);
        }
    }

    /** The server closed a connection before it answered on it (a kept-alive one it had given up, often). */
    public static final class ConnectionLost extends NoAnswer {
        ConnectionLost(String message) {
            super(message);
        }
    }

    /**
     * What a request sends besides its address. {@code statusOnly}: an answer longer than the limit is still an
     * answer, its body cut at the limit (a webhook receiver's page after its 200), instead of a {@link NoAnswer}.
     */
    public record Request(HttpMethod method, Map<String, String> headers, byte[] body, boolean statusOnly) {

        public static Request get(String accept, String userAgent) {
            return new Request(HttpMethod.GET, Map.of("Accept", accept, "User-Agent", userAgent), null, false);
        }
    }

    private final HttpClient client;

    public OutboundHttp(Vertx vertx, Duration connectTimeout, int maxPoolSize) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setVerifyHost(true)
                .setMaxPoolSize(maxPoolSize)
                .setKeepAlive(true));
    }

    @Override
    public void close() {
        client.close();
    }

    /**
     * Sends the request to the checked address and reads the answer, whatever its status, at most {@code maxBytes}
     * of body within {@code timeout}; {@link NoAnswer} when there is none.
     */
    public Answer exchange(OutboundAddress address, Request request, long maxBytes, Duration timeout) {
        URI uri = address.uri();
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setServer(SocketAddress.inetSocketAddress(address.port(), address.address().getHostAddress()))
                .setHost(host)
                .setPort(address.port())
                .setSsl(address.secure())
                .setURI(target)
                // The whole answer's time limit is below; the idle one only ends a connection left hanging.
                .setIdleTimeout(timeout.toMillis() + 1000);
        request.headers().forEach(options::putHeader);
        CompletableFuture<Answer> result = new CompletableFuture<>();
        CompletableFuture<HttpClientRequest> sent = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        client.request(options).onFailure(result::completeExceptionally).onSuccess(outgoing -> {
            sent.complete(outgoing);
            outgoing.response().onFailure(result::completeExceptionally).onSuccess(response -> {
                started.set(true);
                String length = response.getHeader("content-length");
                if (!request.statusOnly() && length != null && length.matches("[0-9]{1,18}")
                        && Long.parseLong(length) > maxBytes) {
                    result.completeExceptionally(tooLarge(uri, maxBytes));
                    outgoing.reset();
                    return;
                }
                Buffer body = Buffer.buffer();
                response.handler(chunk -> {
                    if (request.statusOnly()) {
                        long room = Math.max(0, maxBytes - body.length());
                        body.appendBuffer(chunk, 0, (int) Math.min(chunk.length(), room));
                    } else if (body.length() + chunk.length() > maxBytes) {
                        result.completeExceptionally(tooLarge(uri, maxBytes));
                        outgoing.reset();
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
            if (request.body() == null) {
                outgoing.end();
            } else {
                outgoing.end(Buffer.buffer(request.body()));
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.thenAccept(HttpClientRequest::reset);
            throw new NoAnswer(uri + " did not answer in full within " + seconds(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("calling " + uri + " was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoAnswer noAnswer) {
                throw noAnswer;
            }
            if (e.getCause() instanceof HttpClosedException && !started.get()) {
                throw new ConnectionLost(uri + " closed the connection before answering");
            }
            throw new NoAnswer("calling " + uri + " failed: " + describe(e.getCause()));
        }
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() / 1000.0 + " s";
    }

    private static NoAnswer tooLarge(URI uri, long maxBytes) {
        return new NoAnswer(uri + " is larger than the limit of " + maxBytes / 1024 + " KB");
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
