package com.caringmedical.clinic.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;

import com.caringmedical.clinic.notification.RetryBackoff;
import com.caringmedical.clinic.web.outbound.OutboundAddress;
import com.caringmedical.clinic.web.outbound.OutboundHttp;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * The webhooks' sending side, on every instance: claims due deliveries (a row is claimed by one relay only), POSTs
 * each, signed as Standard Webhooks says (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256 of
 * {@code id.timestamp.body} with the subscription's secret), and records the attempt. A 2xx answer delivers it;
 * anything else (another status, a redirect, no answer within the timeout, an address that now resolves inside) is
 * a failed attempt, retried with the outbox's backoff until the attempts are used up (DEAD). The address is checked
 * again at every attempt. Log lines name deliveries and subscriptions by id only.
 */
@ApplicationScoped
public class WebhookRelay {

    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);
    private static final long MAX_ANSWER_BYTES = 64 * 1024;

    /** What one attempt sends: read in the claim's transaction, sent outside it. */
    private record Outgoing(UUID id, String payload, String url, String secret) {
    }

    /** What the receiver made of it. */
    private record Outcome(Integer statusCode, String error) {

        boolean delivered() {
            return error == null;
        }
    }

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookAttemptRepository attempts;
    private final WebhooksConfig config;
    private final RetryBackoff backoff;
    private final OutboundHttp http;
    private final ExecutorService senders;

    WebhookRelay(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
            WebhookAttemptRepository attempts, WebhooksConfig config, Vertx vertx) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.config = config;
        this.backoff = new RetryBackoff(config.relay().initialBackoff(), config.relay().maxBackoff());
        this.http = new OutboundHttp(vertx, config.relay().connectTimeout(), config.relay().concurrency());
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(config.relay().concurrency(), task -> {
            Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void close() {
        senders.shutdownNow();
        http.close();
    }

    @Scheduled(identity = "webhook-relay", every = "${clinic.webhooks.relay.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        relayDue();
    }

    /** Keeps the delivery log to its configured age. */
    @Scheduled(identity = "webhook-log-pruning", every = "1h", delay = 5, delayUnit = TimeUnit.MINUTES)
    void prune() {
        long pruned = QuarkusTransaction.requiringNew().call(() -> deliveries.pruneSettled(
                Instant.now().minus(config.keepDeliveriesFor())));
        if (pruned > 0) {
            LOG.infof("Forgot %d settled webhook deliveries older than %s", pruned, config.keepDeliveriesFor());
        }
    }

    /** Sends what is due now, batch after full batch; returns how many attempts were made. */
    public int relayDue() {
        int made = 0;
        List<UUID> claimed;
        do {
            UUID token = UUID.randomUUID();
            claimed = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(token,
                    config.relay().batchSize(), config.relay().claimTimeout()));
            List<Future<?>> sends = new ArrayList<>();
            for (UUID id : claimed) {
                sends.add(senders.submit(() -> deliver(id, token)));
            }
            for (Future<?> send : sends) {
                try {
                    send.get();
                } catch (ExecutionException e) {
                    LOG.error("Sending a webhook failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return made; // the claims left time out and are retried
                }
            }
            made += claimed.size();
        } while (claimed.size() == config.relay().batchSize());
        return made;
    }

    private void deliver(UUID id, UUID token) {
        Outgoing outgoing = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = deliveries.findById(id);
            if (delivery == null || !delivery.renewClaim(token, Instant.now().plus(config.relay().claimTimeout()))) {
                return null;
            }
            WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId());
            return new Outgoing(id, delivery.payload(), subscription.url(), subscription.secret());
        });
        if (outgoing == null) {
            LOG.warnf("Webhook delivery %s is gone or was taken over by another relay; this one does not send it", id);
            return;
        }
        Instant started = Instant.now();
        Outcome outcome = send(outgoing, started);
        long took = Instant.now().toEpochMilli() - started.toEpochMilli();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = deliveries.findById(id);
            if (delivery == null || !delivery.isClaimedBy(token)) {
                LOG.warnf("Webhook delivery %s was sent after its claim timed out; another relay may send it again",
                        id);
                return;
            }
            attempts.persist(new WebhookAttempt(id, attempts.nextNumber(id), started, outcome.statusCode(),
                    outcome.error(), took));
            Instant now = Instant.now();
            if (outcome.delivered()) {
                delivery.delivered(now);
            } else {
                delivery.failed(config.relay().maxAttempts(), backoff.afterAttempt(delivery.attempts()), now);
                if (delivery.status() == WebhookDelivery.Status.DEAD) {
                    LOG.errorf("Webhook delivery %s of subscription %s is DEAD after %d attempts", id,
                            delivery.subscriptionId(), delivery.attempts());
                } else {
                    LOG.warnf("Webhook delivery %s of subscription %s failed (attempt %d); it will be retried", id,
                            delivery.subscriptionId(), delivery.attempts());
                }
            }
        });
    }

    private Outcome send(Outgoing outgoing, Instant now) {
        try {
            OutboundAddress address = OutboundAddress.resolve(OutboundAddress.parse(outgoing.url()),
                    config.allowedHostsRule(), OutboundAddress.Resolver.SYSTEM);
            long timestamp = now.getEpochSecond();
            String signature = new Webhook(outgoing.secret()).sign(outgoing.id().toString(), timestamp,
                    outgoing.payload());
            OutboundHttp.Request request = new OutboundHttp.Request(HttpMethod.POST, Map.of(
                    "Content-Type", "application/json",
                    "User-Agent", "clinic-api (webhooks)",
                    "webhook-id", outgoing.id().toString(),
                    "webhook-timestamp", Long.toString(timestamp),
                    "webhook-signature", signature), outgoing.payload().getBytes(StandardCharsets.UTF_8));
            OutboundHttp.Answer answer = http.exchange(address, request, MAX_ANSWER_BYTES, config.relay().timeout());
            return answer.status() / 100 == 2 ? new Outcome(answer.status(), null)
                    : new Outcome(answer.status(), "answered " + answer.status() + (answer.status() / 100 == 3
                            ? " (redirects are not followed: subscribe the address it redirects to)" : ""));
        } catch (OutboundAddress.Refused | OutboundHttp.NoAnswer e) {
            return new Outcome(null, e.getMessage());
        } catch (WebhookSigningException | EmptyWebhookSecretException e) {
            return new Outcome(null, "could not be signed: " + e.getMessage());
        }
    }
}
