package com.caringmedical.clinic.web.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every operation of the committed OpenAPI document, attacked: hostile path, query and header values and hostile
 * bodies (NUL characters, huge and negative numbers, wrong types, repeated keys, deep nesting, other media types),
 * anonymously and signed in with every role. No answer may be a 5xx or carry a stack trace, SQL or a class name.
 * <p>
 * Written here rather than taken from a tool: the OpenAPI fuzzers (Schemathesis, RESTler, CATS) need Python or
 * downloads this build cannot make. It runs in a profile of its own, on a database of its own, so whatever its
 * bodies manage to create stays out of the other tests' way.
 */
@QuarkusTest
@TestProfile(OpenApiFuzzTest.OwnDatabase.class)
class OpenApiFuzzTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clinic.questions.rate-limit.capacity", "1000000");
        }
    }

    /** What no answer may carry: traces, SQL, Java class names. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat (com|org|java|io|jdk)\\.|Exception\\b|SQLState|org\\.hibernate|PSQL|\\bselect\\b.*\\bfrom\\b",
            Pattern.CASE_INSENSITIVE);

    /** Path segments an attacker tries, already percent-encoded as they travel. */
    private static final List<String> HOSTILE_SEGMENTS = List.of("x%00y", "%00", "..%2F..%2Fetc%2Fpasswd", "%2e%2e",
            "%FF%FE%FD", "-1", "0", "99999999999999999999999", "2147483648", "1e309", "NaN", "%F0%9F%98%80",
            "%27%20or%20%271%27%3D%271", "%0d%0aSet-Cookie:%20x=y", "%E2%80%AE", "a".repeat(2000), "%20", "%25", "%3B");

    /** Query values an attacker tries, raw (they are percent-encoded when sent). */
    private static final List<String> HOSTILE_VALUES = List.of("", "x\u0000y", "-1", "0", "-2147483649",
            "9223372036854775808", "1e309", "NaN", "true", "[]", ",,,", "-", "%", "\\", "'", "a".repeat(3000),
            "\u202e", "\ud83d\ude00", "-page,page", "91,181", "2026-02-30", "9999-12-31T23:59:59Z", "<script>");

    /** Strings a body field gets, each once. */
    private static final List<String> HOSTILE_STRINGS = List.of("", " ", "\u0000", "nul\u0000inside", "a".repeat(70_000),
            "a".repeat(5000), "\ud800", "\u202egnp.exe", "<img src=x onerror=alert(1)>", "'; drop table question; --",
            "\r\nBcc: victim@example.com", "x@", "javascript:alert(1)", "../../etc/passwd", "%00", "9".repeat(40),
            "-9223372036854775809", "1e309", "ZZ");

    /** Numbers a body field gets. */
    private static final List<String> HOSTILE_NUMBERS = List.of("-1", "0", "2147483648", "-2147483649",
            "9223372036854775808", "1e309", "-1e309", "0.5", "1e-400", "123456789012345678901234567890");

    /** Whole bodies, whatever the operation expects. */
    private static final List<String> HOSTILE_BODIES = List.of("", "null", "[]", "{}", "\"text\"", "42", "{", "{\"a\":",
            "{\"a\": 1, \"a\": 2}", "[".repeat(5000) + "]".repeat(5000), "{\"x\":".repeat(3000) + "1" + "}".repeat(3000),
            "\u0000", "\ufeff{}", "{\"\u0000\": 1}", "{'single': 'quotes'}", "{\"a\": NaN}", "{\"a\": 01}");

    private static final List<String> HOSTILE_IF_MATCH = List.of("*", "\"v0\"", "\"v-1\"", "\"v99999999999999999999\"",
            "W/\"v1\"", "\"", "garbage", "\"vNaN\"", "\"v1\", \"v2\"", "\"\"", "\"v" + "9".repeat(500) + "\"");

    private static final List<String> HOSTILE_ACCEPT = List.of("text/html", "*/*;q=abc", "application/json;q=2",
            "application/x-bibtex", "application/ld+json, */*;q=0", "application/vnd.citationstyles.csl+json",
            "application/x-research-info-systems", ";;;", "*/", "text/csv");

    private static final List<String> HOSTILE_CONTENT_TYPES = List.of("text/plain", "application/json; charset=utf-16",
            "application/json; charset=nonsense", "application/merge-patch+json", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ";");

    private static final List<String> HOSTILE_FORWARDED_FOR = List.of("unknown", "999.999.999.999, ::z", "", ",,,",
            "[::1]:99999", "fe80::1%eth0", "2001:db8::1, 10.0.0.1", "127.0.0.1:-1", "a".repeat(500));

    private static final List<String> HOSTILE_AUTHORIZATION = List.of("Basic", "Basic !!!", "Basic " + b64("no-colon"),
            "Basic " + b64(":"), "Basic " + b64("nobody-" + "x".repeat(300) + ":pw"), "Basic " + b64("nobody:\u0000"),
            "Bearer abc", "Digest username=\"x\"", "Basic " + b64("NoBody:" + "p".repeat(5000)));

    private static final List<String> WRONG_TYPES = List.of("null", "true", "{}", "[]", "\"text\"", "-1");

    private static final Map<String, String> ROLES = Map.of("staff", "staff-dev-password", "editor",
            "editor-dev-password", "admin", "admin-dev-password");

    @TestHTTPResource("/")
    URL root;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<List<String>, AtomicInteger> rotations = new ConcurrentHashMap<>();

    @Test
    void noOperationAnswersHostileInputWithA5xxOrALeak() throws Exception {
        JsonNode document = json.readTree(Files.readString(ApiContract.DOCUMENT));
        List<Operation> operations = operations(document);

        long started = System.nanoTime();
        List<Attack> attacks = new ArrayList<>();
        for (Operation operation : operations) {
            String identity = operation.secured() ? ownerOf(operation) : null;
            attacks.addAll(attacksOn(operation, document, identity));
            // Every other identity (anonymous and each role) gets the operation too, with one hostile value each.
            for (String other : new String[] { null, "staff", "editor", "admin" }) {
                if (!Objects.equals(other, identity)) {
                    attacks.add(operation.attack(other, operation.pathWith(HOSTILE_SEGMENTS.get(0)), "", Map.of(),
                            operation.hasBody() ? "{\"x\": \"\u0000\"}" : null, "application/json"));
                }
            }
        }
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (Attack attack : attacks) {
            sent.add(clients.submit(() -> send(attack)));
        }
        for (Future<?> answer : sent) {
            answer.get();
        }
        clients.shutdown();

        Map<Integer, Integer> seen = new TreeMap<>();
        statuses.forEach((status, count) -> seen.put(status, count.get()));
        System.out.printf("OpenAPI fuzz: %d hostile requests on %d operations in %d s; answers by status: %s%n",
                attacks.size(), operations.size(), Duration.ofNanos(System.nanoTime() - started).toSeconds(), seen);
        assertTrue(failures.isEmpty(), failures.size() + " of " + attacks.size() + " hostile requests failed ("
                + seen + "):\n" + String.join("\n", new TreeMap<>(failures).values()));
        assertTrue(attacks.size() > 1200, "attacks made: " + attacks.size());
        assertTrue(seen.keySet().stream().anyMatch(status -> status >= 200 && status < 300)
                && seen.containsKey(400) && seen.containsKey(401) && seen.containsKey(403) && seen.containsKey(404),
                "the attacks reach past sign-in and validation: " + seen);
    }

    /** Sends one attack and records what is wrong with the answer. */
    private void send(Attack attack) {
        String where = attack.method() + " " + attack.target() + " as " + (attack.identity() == null ? "anonymous"
                : attack.identity());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceFirst("/$", "")
                    + attack.target())).timeout(Duration.ofSeconds(30));
            attack.headers().forEach(request::header);
            if (attack.identity() != null) {
                request.header("Authorization", "Basic " + b64(attack.identity() + ":" + ROLES.get(attack.identity())));
            }
            if (attack.body() != null) {
                request.header("Content-Type", attack.contentType());
                request.method(attack.method(), HttpRequest.BodyPublishers.ofString(attack.body()));
            } else {
                request.method(attack.method(), HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() >= 500) {
                failures.put(where + attack.hashCode(), response.statusCode() + " " + where + " body "
                        + abbreviate(attack.body()) + " -> " + abbreviate(response.body()));
            } else if (response.statusCode() >= 400 && LEAK.matcher(response.body()).find()) {
                failures.put(where + attack.hashCode(), "leak " + where + " -> " + abbreviate(response.body()));
            }
        } catch (IllegalArgumentException refusedByTheClient) {
            // java.net.http refuses to send some header values (control characters): nothing reached the service.
        } catch (Exception e) {
            failures.put(where + attack.hashCode(), "no answer " + where + ": " + e);
        }
    }

    /**
     * The hostile requests for one operation, sent as {@code identity}. An operation that needs a sign-in costs a
     * bcrypt check per request, so it gets a rotating share of each list (every value still reaches some operation);
     * a public one gets every value.
     */
    private List<Attack> attacksOn(Operation operation, JsonNode document, String identity) {
        List<Attack> attacks = new ArrayList<>();
        boolean cheap = identity == null;
        String validPath = operation.pathWith(null);
        JsonNode valid = operation.hasBody() ? skeleton(operation.bodySchema(), document, 0) : null;
        String body = valid == null ? null : valid.toString();
        String type = operation.hasBody() ? operation.bodyType() : null;
        Map<String, String> preconditions = operation.headerParameters().contains("If-Match") ? Map.of("If-Match", "*")
                : Map.of();
        if (operation.hasPathParameters()) {
            for (String segment : share(HOSTILE_SEGMENTS, cheap ? 99 : 4)) {
                attacks.add(operation.attack(identity, operation.pathWith(segment), "", preconditions, body, type));
            }
        }
        for (String parameter : operation.queryParameters()) {
            for (String value : share(HOSTILE_VALUES, cheap ? 99 : 4)) {
                attacks.add(operation.attack(identity, validPath, "?" + parameter + "=" + encode(value), preconditions,
                        body, type));
            }
            attacks.add(operation.attack(identity, validPath, "?" + parameter + "=1&" + parameter + "=2", preconditions,
                    body, type));
        }
        for (String header : operation.headerParameters()) {
            for (String value : share(header.equals("If-Match") ? HOSTILE_IF_MATCH : HOSTILE_VALUES, cheap ? 99 : 4)) {
                attacks.add(operation.attack(identity, validPath, "", Map.of(header, value), body, type));
            }
        }
        for (String accept : share(HOSTILE_ACCEPT, cheap ? 99 : 2)) {
            attacks.add(operation.attack(identity, validPath, "", merged(preconditions, "Accept", accept), body, type));
        }
        for (String forwardedFor : share(HOSTILE_FORWARDED_FOR, cheap ? 99 : 1)) {
            attacks.add(operation.attack(identity, validPath, "", merged(preconditions, "X-Forwarded-For", forwardedFor),
                    body, type));
        }
        for (String authorization : share(HOSTILE_AUTHORIZATION, 1)) {
            attacks.add(new Attack(operation.method(), validPath, null, merged(preconditions, "Authorization",
                    authorization), body, type));
        }
        if (valid == null) {
            return attacks;
        }
        for (String hostile : share(HOSTILE_BODIES, cheap ? 99 : 6)) {
            attacks.add(operation.attack(identity, validPath, "", preconditions, hostile, type));
        }
        for (String contentType : share(HOSTILE_CONTENT_TYPES, cheap ? 99 : 2)) {
            attacks.add(operation.attack(identity, validPath, "", preconditions, body, contentType));
        }
        List<List<Object>> leaves = leaves(valid, new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < leaves.size(); i++) {
            List<Object> leaf = leaves.get(i);
            JsonNode value = at(valid, leaf);
            boolean number = value != null && value.isNumber();
            for (String hostile : share(number ? HOSTILE_NUMBERS : HOSTILE_STRINGS, cheap ? 3 : 1)) {
                String raw = number ? hostile : json.valueToTree(hostile).toString();
                attacks.add(operation.attack(identity, validPath, "", preconditions, replace(valid.deepCopy(), leaf, raw),
                        type));
            }
            if (cheap || i % 2 == 0) {
                attacks.add(operation.attack(identity, validPath, "", preconditions,
                        replace(valid.deepCopy(), leaf, share(WRONG_TYPES, 1).get(0)), type));
            }
        }
        if (valid instanceof ObjectNode object && object.size() > 0) {
            ObjectNode extra = object.deepCopy();
            extra.put("unexpected\u0000field", "value");
            attacks.add(operation.attack(identity, validPath, "", preconditions, extra.toString(), type));
            attacks.add(operation.attack(identity, validPath, "", preconditions,
                    object.toString().replaceFirst("^\\{", "{\"" + object.fieldNames().next() + "\": null, "), type));
        }
        return attacks;
    }

    /** The next {@code count} values of a list, taking up where its last share left off. */
    private List<String> share(List<String> pool, int count) {
        if (count >= pool.size()) {
            return pool;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(pool.get(rotations.computeIfAbsent(pool, any -> new AtomicInteger()).getAndIncrement() % pool.size()));
        }
        return values;
    }

    /** The role an operation is for: admins accounts and erasure, staff questions, editors content. */
    private static String ownerOf(Operation operation) {
        if (operation.path().startsWith("/staff") || operation.path().endsWith("/personal-data")) {
            return "admin";
        }
        return operation.path().startsWith("/questions") ? "staff" : "editor";
    }

    /** A body that passes for the schema: each property with a plain value of its type. */
    private JsonNode skeleton(JsonNode schema, JsonNode document, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema == null || depth > 6) {
            return nodes.textNode("x");
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return skeleton(document.path("components").path("schemas").get(name), document, depth + 1);
        }
        if (schema.has("allOf")) {
            return skeleton(schema.get("allOf").get(0), document, depth + 1);
        }
        if (schema.has("enum")) {
            return nodes.textNode(schema.get("enum").get(0).asText());
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "integer" -> nodes.numberNode(1);
            case "number" -> nodes.numberNode(1.5);
            case "boolean" -> nodes.booleanNode(true);
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(skeleton(schema.get("items"), document, depth + 1));
                yield array;
            }
            case "string" -> nodes.textNode(switch (schema.path("format").asText()) {
                case "date" -> "2026-11-24";
                case "date-time" -> "2026-11-24T10:00:00Z";
                case "email" -> "someone@example.com";
                case "uuid" -> "3f2c8a9e-0c4e-4d8a-a1a3-2d0c9b8f4e11";
                default -> "fuzz-value";
            });
            default -> {
                ObjectNode object = nodes.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!property.getValue().path("readOnly").asBoolean()) {
                        object.set(property.getKey(), skeleton(property.getValue(), document, depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    /** Paths (names and indexes) to every scalar in a body. */
    private static List<List<Object>> leaves(JsonNode node, List<Object> path, List<List<Object>> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<Object> next = new ArrayList<>(path);
                next.add(field.getKey());
                leaves(field.getValue(), next, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(path);
                next.add(i);
                leaves(node.get(i), next, found);
            }
        } else {
            found.add(path);
        }
        return found;
    }

    private static JsonNode at(JsonNode node, List<Object> path) {
        JsonNode current = node;
        for (Object step : path) {
            current = step instanceof Integer index ? current.get(index) : current.get((String) step);
        }
        return current;
    }

    /** The body with the scalar at {@code path} replaced by raw JSON text. */
    private String replace(JsonNode body, List<Object> path, String rawJson) {
        String marker = "\"__fuzz_marker__\"";
        JsonNode parent = at(body, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.put((String) last, "__fuzz_marker__");
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, JsonNodeFactory.instance.textNode("__fuzz_marker__"));
        }
        return body.toString().replace(marker, rawJson);
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                operations.add(Operation.of(path.getKey(), entry.getKey().toUpperCase(), entry.getValue()));
            }
        }));
        return operations;
    }

    private static Map<String, String> merged(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text == null ? "-" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** One request: method, path and query, who sends it, headers and body. */
    record Attack(String method, String target, String identity, Map<String, String> headers, String body,
            String contentType) {
    }

    /** An operation of the document, as much of it as the attacks need. */
    record Operation(String path, String method, JsonNode definition) {

        static Operation of(String path, String method, JsonNode definition) {
            return new Operation(path, method, definition);
        }

        boolean secured() {
            return definition.has("security");
        }

        boolean hasBody() {
            return definition.has("requestBody");
        }

        boolean hasPathParameters() {
            return path.contains("{");
        }

        JsonNode bodySchema() {
            return definition.path("requestBody").path("content").elements().next().path("schema");
        }

        String bodyType() {
            return definition.path("requestBody").path("content").fieldNames().next();
        }

        List<String> queryParameters() {
            return parameters("query");
        }

        List<String> headerParameters() {
            return parameters("header");
        }

        private List<String> parameters(String in) {
            List<String> names = new ArrayList<>();
            definition.path("parameters").forEach(parameter -> {
                if (in.equals(parameter.path("in").asText())) {
                    names.add(parameter.path("name").asText());
                }
            });
            return names;
        }

        /** The path with every parameter set to {@code segment}, or to a plausible value when null. */
        String pathWith(String segment) {
            return path.replaceAll("\\{[^}]*}", segment != null ? segment
                    : path.contains("{id}") && path.startsWith("/questions") ? "3f2c8a9e-0c4e-4d8a-a1a3-2d0c9b8f4e11"
                    : path.contains("{id}") ? "1" : "oak-park").replace("{notificationId}",
                            "3f2c8a9e-0c4e-4d8a-a1a3-2d0c9b8f4e12");
        }

        Attack attack(String identity, String target, String query, Map<String, String> headers, String body,
                String contentType) {
            return new Attack(method, target + query, identity, headers, body, contentType);
        }
    }
}
