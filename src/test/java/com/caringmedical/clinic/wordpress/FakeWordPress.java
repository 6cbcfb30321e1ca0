package com.caringmedical.clinic.wordpress;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import com.caringmedical.clinic.media.TestImages;

/**
 * A stand-in for a WordPress site's REST API on 127.0.0.1, for tests that must not need a real WordPress: posts,
 * users, categories, tags and media as /wp-json/wp/v2/ answers them (one item a page, so paging is followed), and
 * the image files. Each site has its own port and slug suffix, so the tests' imports do not meet. Its posts can be
 * changed between imports, and it can be made slow.
 */
final class FakeWordPress implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 1;

    private final HttpServer server;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Long, Map<String, Object>> posts = new LinkedHashMap<>();
    private final Map<Long, Map<String, Object>> media = new LinkedHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    private FakeWordPress() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
        media(21, "spine-" + tag + ".jpg", "A model of the lower back seen from the side",
                "<p>The lumbar spine and its discs.</p>");
        media(22, "clinic-" + tag + ".jpg", "", "");
        post(11, "sciatica-after-disc-surgery-" + tag, "Sciatica after disc surgery", """
                <p>Leg pain that comes back after a <strong>discectomy</strong> has several causes [1].</p>
                <h2>What the scans show</h2>
                <p>Scar tissue is common, but it is not always the source of pain [2]. See also \
                <a href="%1$s/2024/04/prolotherapy-questions-%2$s/">our answers on prolotherapy</a>.</p>
                <ul><li>Scar tissue<ul><li>around the nerve root</li></ul></li><li>A new disc bulge</li></ul>
                <figure class="wp-block-image"><img class="wp-image-21" src="%1$s/wp-content/uploads/spine-%2$s-300x200.jpg" \
                alt="The lower spine"><figcaption>The lumbar spine.</figcaption></figure>
                <figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\
                <iframe title="Leg pain explained" src="https://www.youtube.com/embed/abcDEF12345?feature=oembed"></iframe>\
                </div></figure>
                <h2>References</h2>
                <ol><li>Hussain A, Erdek M. Interventional pain management for failed back surgery syndrome. \
                Pain Pract. 2014;14(1):64-78. doi:10.1111/papr.12035</li>
                <li>Ortiz L, Keller M. Scar tissue after lumbar discectomy: a review. Spine J. 2022;22(4):311-318. \
                doi:10.5555/fake.%2$s.2</li>
                <li>Notes from a lecture given in Oak Park.</li></ol>
                """.formatted(url(), tag), 2, 0, List.of(3), List.of(4), "2024-03-12T09:00:00");
        post(12, "prolotherapy-questions-" + tag, "Prolotherapy questions", """
                <p>Patients often ask how many sessions they need.</p>
                <p>Read <a href="%1$s/?p=11">what sciatica after surgery means</a> first.</p>
                """.formatted(url()), 2, 22, List.of(3), List.of(), "2024-04-02T10:30:00");
    }

    static FakeWordPress start() {
        try {
            return new FakeWordPress();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the fake WordPress", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String slug(String start) {
        return start + "-" + tag;
    }

    String permalink(long id) {
        return (String) posts.get(id).get("link");
    }

    /** A post as WordPress's REST API answers it. */
    void post(long id, String slug, String title, String html, long author, long featured, List<Integer> categories,
            List<Integer> tags, String date) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", id);
        post.put("date_gmt", date);
        post.put("modified_gmt", date);
        post.put("slug", slug);
        post.put("status", "publish");
        post.put("type", "post");
        post.put("link", url() + "/" + date.substring(0, 4) + "/" + date.substring(5, 7) + "/" + slug + "/");
        post.put("title", Map.of("rendered", title));
        post.put("content", Map.of("rendered", html, "protected", false));
        post.put("excerpt", Map.of("rendered", "", "protected", false));
        post.put("author", author);
        post.put("featured_media", featured);
        post.put("categories", categories);
        post.put("tags", tags);
        posts.put(id, post);
    }

    /** The post's HTML, as if someone changed it in WordPress. */
    void changeContent(long id, String html) {
        posts.get(id).put("content", Map.of("rendered", html, "protected", false));
    }

    private void media(long id, String file, String alt, String caption) {
        media.put(id, Map.of("id", id, "source_url", url() + "/wp-content/uploads/" + file, "alt_text", alt,
                "caption", Map.of("rendered", caption), "title", Map.of("rendered", file)));
    }

    /** The image's file answers with a redirect into the cloud's metadata service, as a hostile site might. */
    void redirectImageInside(long id) {
        Map<String, Object> item = new LinkedHashMap<>(media.get(id));
        item.put("source_url", url() + "/wp-content/uploads/moved-" + tag + ".jpg");
        media.put(id, item);
    }

    /** Every answer waits this long first. */
    void slowDown(Duration wait) {
        delay = wait;
    }

    List<String> asked() {
        return asked;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestURI().toString());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (path.startsWith("/wp-content/uploads/moved-")) {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            send(exchange, 302, "text/html", new byte[0], 1);
            return;
        }
        if (path.startsWith("/wp-content/uploads/")) {
            send(exchange, 200, "image/jpeg", TestImages.jpeg(path.contains("spine") ? 800 : 640, 480), 1);
            return;
        }
        if (!path.startsWith("/wp-json/wp/v2/")) {
            send(exchange, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), 1);
            return;
        }
        List<?> collection = switch (path.substring("/wp-json/wp/v2/".length())) {
            case "posts" -> List.copyOf(posts.values());
            case "pages" -> List.of();
            case "users" -> List.of(Map.of("id", 2, "slug", "dwhitfield-" + tag, "name", "Dana Whitfield-" + tag + ", DC"));
            case "categories" -> List.of(Map.of("id", 3, "slug", "back-pain", "name", "Back pain"));
            case "tags" -> List.of(Map.of("id", 4, "slug", "sciatica", "name", "Sciatica"));
            case "media" -> media.values().stream().filter(item -> query.getOrDefault("include", "").isEmpty()
                    || Arrays.asList(query.get("include").split(",")).contains(String.valueOf(item.get("id"))))
                    .toList();
            default -> null;
        };
        if (collection == null) {
            send(exchange, 404, "application/json", "{\"code\":\"rest_no_route\"}".getBytes(StandardCharsets.UTF_8), 1);
            return;
        }
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int pages = Math.max(1, (collection.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<?> items = new ArrayList<>(collection.subList(Math.min(collection.size(), (page - 1) * PAGE_SIZE),
                Math.min(collection.size(), page * PAGE_SIZE)));
        send(exchange, 200, "application/json; charset=UTF-8", JSON.writeValueAsBytes(items), pages);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, int pages)
            throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("X-WP-TotalPages", String.valueOf(pages));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }
}
