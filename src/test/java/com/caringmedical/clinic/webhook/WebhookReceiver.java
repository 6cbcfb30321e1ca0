package com.caringmedical.clinic.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A receiver as a subscriber would run one, on 127.0.0.1 (listed in the test profile's allowed hosts): it keeps
 * every request it gets and answers what the test tells it to, per request.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: the headers (for the signature check) and the body. */
    record Received(String path, HttpHeaders headers, String body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Integer> answer = request -> 204;
    private volatile byte[] body = new byte[0];
    private volatile String location;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** How the receiver answers from now on: a status per request. */
    void answer(Function<Received, Integer> status) {
        this.answer = status;
    }

    /** The body every answer carries from now on (a framework's page after its 200, say). */
    void answerWithBody(byte[] body) {
        this.body = body;
    }

    /** The Location every answer carries from now on. */
    void answerWithLocation(String location) {
        this.location = location;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            Received request = new Received(exchange.getRequestURI().getPath(),
                    HttpHeaders.of(headers, (name, value) -> true),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] page = body;
            exchange.sendResponseHeaders(answer.apply(request), page.length == 0 ? -1 : page.length);
            if (page.length > 0) {
                exchange.getResponseBody().write(page);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
