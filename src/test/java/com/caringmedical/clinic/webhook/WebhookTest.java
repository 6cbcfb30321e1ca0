package com.caringmedical.clinic.webhook;

import static com.caringmedical.clinic.testing.ContentForms.newSlug;
import static com.caringmedical.clinic.testing.ContentForms.office;
import static com.caringmedical.clinic.testing.QuestionForms.submitAsking;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/**
 * Admins subscribe a receiver to events; each event is POSTed to it signed as Standard Webhooks says, and retried
 * until it answers 2xx. The receiver here checks every signature with the Standard Webhooks reference library, as
 * a subscriber would. The test profile's relay looks every second, retries after 0.5 to 1 s and gives up after 3
 * attempts.
 */
@QuarkusTest
class WebhookTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        for (String location : subscriptions) {
            String tag = as("admin").get(location).then().extract().header("ETag");
            as("admin").header("If-Match", tag).delete(location).then().statusCode(204);
        }
    }

    @Test
    void aPublishIsPostedSignedAndAFailedAttemptIsRetriedWithTheSameIdUntilTheReceiverTakesIt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // The receiver is down for the first attempt of every delivery, then takes it.
            receiver.answer(request -> attemptsOf(receiver, request.header("webhook-id")) == 1 ? 503 : 204);
            JsonPath subscribed = subscribe(receiver.url("/clinic-events"),
                    List.of("content.published", "content.unpublished", "content.changed"));
            String secret = subscribed.getString("secret");
            String slug = newSlug("office");

            editor().body(office(slug, "DRAFT")).post("/editor/locations").then().statusCode(201);
            editor().header("If-Match", "\"v0\"").body(office(slug, "PUBLISHED")).put("/editor/locations/" + slug)
                    .then().statusCode(200);

            List<WebhookReceiver.Received> tries = await().atMost(PATIENCE)
                    .until(() -> about(receiver, slug), list -> list.size() >= 2);
            assertThat(tries).hasSize(2);
            assertThat(tries.get(1).header("webhook-id")).as("a retry is the same message")
                    .isEqualTo(tries.get(0).header("webhook-id"));
            assertThat(tries.get(1).body()).isEqualTo(tries.get(0).body());
            WebhookReceiver.Received delivered = tries.get(1);
            new Webhook(secret).verify(delivered.body(), delivered.headers());
            assertThat(delivered.header("webhook-signature")).startsWith("v1,");
            assertThat(delivered.header("content-type")).isEqualTo("application/json");
            JsonPath event = new JsonPath(delivered.body());
            assertThat(event.getString("type")).isEqualTo("content.published");
            assertThat(event.getString("data.kind")).isEqualTo("locations");
            assertThat(event.getString("data.key")).isEqualTo(slug);
            assertThat(event.getString("data.href")).isEqualTo("/locations/" + slug);
            assertThat(event.getString("timestamp")).isNotBlank();
            // A receiver that checks signatures refuses the same body under another secret, or altered.
            assertThatThrownBy(() -> new Webhook("whsec_" + Base64.getEncoder().encodeToString(new byte[32]))
                    .verify(delivered.body(), delivered.headers()))
                    .isInstanceOf(WebhookVerificationException.class);
            assertThatThrownBy(() -> new Webhook(secret).verify(delivered.body().replace(slug, "elsewhere"),
                    delivered.headers())).isInstanceOf(WebhookVerificationException.class);

            as("admin").get("/webhooks/" + subscribed.getString("subscription.id") + "/deliveries")
                    .then().statusCode(200)
                    .body("items[0].type", equalTo("content.published"))
                    .body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].id", equalTo(delivered.header("webhook-id")))
                    .body("items[0].payload.data.key", equalTo(slug))
                    .body("items[0].attempts.statusCode", equalTo(List.of(503, 204)))
                    .body("items[0].attempts[0].error", equalTo("answered 503"));

            // Unpublishing tells the receiver too; the draft's own creation told it nothing.
            editor().header("If-Match", "\"v1\"").body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                    .then().statusCode(200);
            await().atMost(PATIENCE).until(() -> about(receiver, slug).stream()
                    .anyMatch(request -> request.body().contains("content.unpublished")));
            assertThat(about(receiver, slug).stream().map(request -> new JsonPath(request.body()).getString("type"))
                    .distinct()).containsExactly("content.published", "content.unpublished");
        }
    }

    @Test
    void aReceivedQuestionIsAnnouncedWithItsIdOfficeAndTimeAndNothingThePatientWrote() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(receiver.url("/questions"), List.of("question.received"));
            UUID question = submitAsking("Webhook test: does a torn rotator cuff heal without surgery?");

            WebhookReceiver.Received announced = await().atMost(PATIENCE).until(() -> receiver.received().stream()
                    .filter(request -> request.body().contains(question.toString())).findFirst(),
                    found -> found.isPresent()).orElseThrow();
            JsonPath event = new JsonPath(announced.body());
            assertThat(event.getString("type")).isEqualTo("question.received");
            assertThat(event.getMap("data").keySet()).isEqualTo(Set.of("id", "office", "receivedAt"));
            assertThat(event.getString("data.office")).isEqualTo("oak-park");
            assertThat(announced.body()).doesNotContain("Maria", "Lopez", "maria.lopez", "555", "rotator");
        }
    }

    @Test
    void aDeliveryTheReceiverKeepsRefusingIsGivenUpAndAnAdminCanSendItAgain() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(request -> 500);
            JsonPath subscribed = subscribe(receiver.url("/broken"), List.of("content.published"));
            String deliveries = "/webhooks/" + subscribed.getString("subscription.id") + "/deliveries";
            String slug = newSlug("office");
            editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(201);

            await().atMost(PATIENCE).until(() -> "DEAD".equals(as("admin").get(deliveries)
                    .then().extract().path("items[0].status")));
            as("admin").get(deliveries + "?status=DEAD").then().statusCode(200)
                    .body("items[0].attempts.statusCode", equalTo(List.of(500, 500, 500)))
                    .body("items[0].payload.data.key", equalTo(slug));
            assertThat(about(receiver, slug)).hasSize(3);

            String delivery = as("admin").get(deliveries).then().extract().path("items[0].id");
            receiver.answer(request -> 200);
            as("admin").post(deliveries + "/" + delivery + "/retry").then().statusCode(200)
                    .body("status", equalTo("PENDING"));
            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(as("admin").get(deliveries)
                    .then().extract().path("items[0].status")));
            as("admin").get(deliveries).then().body("items[0].attempts.statusCode", hasItem(200));
            as("admin").post(deliveries + "/" + delivery + "/retry").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("DEAD"));
            editor().header("If-Match", "\"v0\"").body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                    .then().statusCode(200);
        }
    }

    @Test
    void aRotatedSecretSignsFromThenOnAndAChangeNeedsIfMatch() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath subscribed = subscribe(receiver.url("/rotating"), List.of("content.published"));
            String location = "/webhooks/" + subscribed.getString("subscription.id");
            String oldSecret = subscribed.getString("secret");
            as("admin").get(location).then().statusCode(200).header("ETag", "\"v0\"")
                    .body("secret", nullValue()).body("enabled", equalTo(true));
            assertThat(as("admin").get("/webhooks").then().statusCode(200).extract().asString())
                    .as("secrets are never listed").contains(location.substring("/webhooks/".length()))
                    .doesNotContain("whsec_");

            String newSecret = as("admin").post(location + "/secret").then().statusCode(200)
                    .body("secret", startsWith("whsec_")).extract().path("secret");
            assertThat(newSecret).isNotEqualTo(oldSecret);
            String slug = newSlug("office");
            editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(201);
            WebhookReceiver.Received sent = await().atMost(PATIENCE)
                    .until(() -> about(receiver, slug), list -> !list.isEmpty()).get(0);
            new Webhook(newSecret).verify(sent.body(), sent.headers());
            assertThatThrownBy(() -> new Webhook(oldSecret).verify(sent.body(), sent.headers()))
                    .isInstanceOf(WebhookVerificationException.class);

            Map<String, Object> disabled = Map.of("url", receiver.url("/rotating"), "events",
                    List.of("content.published"), "enabled", false);
            admin().body(disabled).put(location).then().statusCode(428);
            admin().header("If-Match", "\"v0\"").body(disabled).put(location).then().statusCode(412);
            admin().header("If-Match", "\"v1\"").body(disabled).put(location).then().statusCode(200)
                    .header("ETag", "\"v2\"").body("enabled", equalTo(false));
            editor().header("If-Match", "\"v0\"").body(office(slug, "DRAFT")).put("/editor/locations/" + slug)
                    .then().statusCode(200);
        }
    }

    @Test
    void aRenameIsAChangeWithThePreviousKeyALongAnswerStillDeliversARedirectDoesNotAndADisabledSubscriptionGetsNothing()
            throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answerWithBody(new byte[200_000]); // far more than the relay keeps of an answer
            JsonPath subscribed = subscribe(receiver.url("/changes"), List.of("content.changed"));
            String location = "/webhooks/" + subscribed.getString("subscription.id");
            String slug = newSlug("office");
            String renamed = slug + "-renamed";
            editor().body(office(slug, "PUBLISHED")).post("/editor/locations").then().statusCode(201);
            editor().header("If-Match", "\"v0\"").body(office(renamed, "PUBLISHED")).put("/editor/locations/" + slug)
                    .then().statusCode(200);

            WebhookReceiver.Received change = await().atMost(PATIENCE)
                    .until(() -> about(receiver, renamed), list -> !list.isEmpty()).get(0);
            JsonPath event = new JsonPath(change.body());
            assertThat(event.getString("type")).isEqualTo("content.changed");
            assertThat(event.getString("data.previousKey")).isEqualTo(slug);
            assertThat(event.getString("data.href")).isEqualTo("/locations/" + renamed);
            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(as("admin").get(location + "/deliveries")
                    .then().extract().path("items[0].status")));

            receiver.answerWithBody(new byte[0]);
            receiver.answerWithLocation(receiver.url("/elsewhere"));
            receiver.answer(request -> 308);
            Map<String, Object> moved = office(renamed, "PUBLISHED");
            moved.put("name", "Moved answer");
            editor().header("If-Match", "\"v1\"").body(moved).put("/editor/locations/" + renamed)
                    .then().statusCode(200);
            await().atMost(PATIENCE).until(() -> as("admin").get(location + "/deliveries").then()
                    .extract().path("items[0].attempts[0].error") != null);
            as("admin").get(location + "/deliveries").then()
                    .body("items[0].attempts[0].statusCode", equalTo(308))
                    .body("items[0].attempts[0].error", containsString("redirects are not followed"));
            assertThat(receiver.received().stream().filter(request -> request.path().equals("/elsewhere")))
                    .as("the redirect was not followed").isEmpty();

            admin().header("If-Match", "\"v0\"").body(Map.of("url", receiver.url("/changes"), "events",
                    List.of("content.changed"), "enabled", false)).put(location).then().statusCode(200);
            int before = as("admin").get(location + "/deliveries").then().extract().path("totalItems");
            Map<String, Object> quiet = office(renamed, "PUBLISHED");
            quiet.put("name", "Nobody is told");
            editor().header("If-Match", "\"v2\"").body(quiet).put("/editor/locations/" + renamed)
                    .then().statusCode(200);
            as("admin").get(location + "/deliveries").then().body("totalItems", equalTo(before));
            editor().header("If-Match", "\"v3\"").body(office(renamed, "DRAFT")).put("/editor/locations/" + renamed)
                    .then().statusCode(200);
        }
    }

    @Test
    void aReceiverMustBeOnAPublicAddressAndEventsMustBeKnown() {
        for (String inside : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
                "http://localhost:8080/hook", "http://[::1]/hook", "http://192.168.1.10/hook",
                "http://[::ffff:127.0.0.1]/hook", "http://[64:ff9b::a00:1]/hook")) {
            admin().body(Map.of("url", inside, "events", List.of("content.published"))).post("/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("clinic.webhooks.allowed-hosts"));
        }
        for (String other : List.of("ftp://hooks.clinic.example/", "file:///etc/passwd", "javascript:alert(1)",
                "http://127.0.0.1:70000/hook")) {
            admin().body(Map.of("url", other, "events", List.of("content.published"))).post("/webhooks")
                    .then().statusCode(400).body("errors[0].field", equalTo("url"));
        }
        admin().body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("content.deleted")))
                .post("/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("events[0]"))
                .body("errors[0].message", containsString("question.received"));
        admin().body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of())).post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("events"));
        as("admin").get("/webhooks/not-an-id").then().statusCode(404);
        as("admin").get("/webhooks/" + UUID.randomUUID() + "/deliveries").then().statusCode(404);
        as("admin").get("/webhooks/" + UUID.randomUUID() + "/deliveries?status=LOST").then().statusCode(400);
        as("editor").get("/webhooks").then().statusCode(403);
        api().get("/webhooks").then().statusCode(401);
    }

    private JsonPath subscribe(String url, List<String> events) {
        JsonPath created = admin().body(Map.of("url", url, "events", events, "description", "test receiver"))
                .post("/webhooks")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/webhooks/[0-9a-f-]{36}"))
                .header("ETag", "\"v0\"")
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("subscription.events", equalTo(events.stream().sorted().toList()))
                .extract().jsonPath();
        subscriptions.add("/webhooks/" + created.getString("subscription.id"));
        return created;
    }

    /** The requests about this item (its slug in the body). */
    private static List<WebhookReceiver.Received> about(WebhookReceiver receiver, String slug) {
        return receiver.received().stream().filter(request -> request.body().contains("\"" + slug + "\"")).toList();
    }

    private static long attemptsOf(WebhookReceiver receiver, String webhookId) {
        return receiver.received().stream().filter(request -> webhookId.equals(request.header("webhook-id"))).count();
    }

    private static RequestSpecification admin() {
        return as("admin").contentType(ContentType.JSON);
    }

    private static RequestSpecification editor() {
        return as("editor").contentType(ContentType.JSON);
    }
}
