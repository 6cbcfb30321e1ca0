package com.caringmedical.clinic.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
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
    /** Of a receiver's answer only the status counts; a long body is read to its end and not kept. */
    private static final long MAX_ANSWER_BYTES = 4 * 1024;

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
    /** Runs hold the read side from their claim until their claims are settled or handed back; stop takes the write side. */
    private final ReentrantReadWriteLock runs = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    WebhookRelay(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
            WebhookAttemptRepository attempts, WebhooksConfig config, Vertx vertx) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.config = config;
        this.backoff = new RetryBackoff(config.relay().initialBackoff(), config.relay().maxBackoff());
        Duration oneSend = config.relay().connectTimeout().plus(config.relay().timeout());
        if (config.relay().claimTimeout().compareTo(oneSend.plusSeconds(10)) < 0) {
            throw new IllegalStateException("clinic.webhooks.relay.claim-timeout (" + config.relay().claimTimeout()
                    + ") must exceed connect-timeout plus timeout (" + oneSend + ") by at least 10 s");
        }
        this.http = new OutboundHttp(vertx, config.relay().connectTimeout(), config.relay().concurrency());
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(config.relay().concurrency(), task -> {
            Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * On shutdown no new run starts, and a running one sends nothing more: it waits for the deliveries on their
     * way (each at most the timeout) and hands back the claims it has not used, so another instance sends them at
     * once, without an attempt counted.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        Duration wait = config.relay().timeout().plus(config.relay().connectTimeout()).plusSeconds(5);
        if (runs.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            runs.writeLock().unlock();
        } else {
            LOG.warn("The webhook relay did not stop in time; its unsent claims will time out and be retried");
        }
        senders.shutdown();
    }

    @PreDestroy
    void close() {
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

    /**
     * Sends what is due now, batch after full batch, at most {@code concurrency} at once; returns how many
     * deliveries it claimed.
     */
    public int relayDue() {
        if (stopping) {
            return 0;
        }
        runs.readLock().lock();
        try {
            int claimedInAll = 0;
            List<UUID> claimed;
            do {
                UUID token = UUID.randomUUID();
                claimed = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(token,
                        config.relay().batchSize(), config.relay().claimTimeout()));
                claimedInAll += claimed.size();
                if (!sendAll(claimed, token)) {
                    break;
                }
            } while (claimed.size() == config.relay().batchSize() && !stopping);
            return claimedInAll;
        } finally {
            runs.readLock().unlock();
        }
    }

    /** Sends the claimed deliveries and waits for each; false when it stopped early and handed the rest back. */
    private boolean sendAll(List<UUID> claimed, UUID token) {
        Semaphore slots = new Semaphore(config.relay().concurrency());
        List<Future<?>> onTheirWay = new ArrayList<>();
        try {
            for (int i = 0; i < claimed.size(); i++) {
                slots.acquire();
                if (stopping) {
                    awaitAll(onTheirWay);
                    List<UUID> unsent = claimed.subList(i, claimed.size());
                    int released = QuarkusTransaction.requiringNew().call(() -> deliveries.release(token, unsent));
                    LOG.infof("Stopping: handed back %d claimed webhook deliveries to the other relays", released);
                    return false;
                }
                UUID id = claimed.get(i);
                onTheirWay.add(senders.submit(() -> {
                    try {
                        deliver(id, token);
                    } finally {
                        slots.release();
                    }
                }));
            }
            awaitAll(onTheirWay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false; // the claims left time out and are retried
        }
    }

    private static void awaitAll(List<Future<?>> sends) throws InterruptedException {
        for (Future<?> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                LOG.error("Sending a webhook failed unexpectedly", e.getCause());
            }
        }
    }

    private void deliver(UUID id, UUID token) {
        // Rows are read locked: a relay whose claim timed out cannot overwrite the claim of the one that took over.
        Outgoing outgoing = QuarkusTransaction.requiringNew().call(() -> deliveries
                .findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(delivery -> delivery.renewClaim(token, Instant.now().plus(config.relay().claimTimeout())))
                .map(delivery -> {
                    WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId());
                    return new Outgoing(id, delivery.payload(), subscription.url(), subscription.secret());
                })
                .orElse(null));
        if (outgoing == null) {
            LOG.warnf("Webhook delivery %s is gone or was taken over by another relay; this one does not send it", id);
            return;
        }
        Instant started = Instant.now();
        Outcome outcome = send(outgoing, started);
        long took = Instant.now().toEpochMilli() - started.toEpochMilli();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = deliveries.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null);
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
                    LOG.warnf("Webhook delivery %s of subscription %s failed (attempt %d of %d); it will be retried",
                            id, delivery.subscriptionId(), delivery.attempts(), config.relay().maxAttempts());
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
                    "webhook-signature", signature), outgoing.payload().getBytes(StandardCharsets.UTF_8), true);
            OutboundHttp.Answer answer = http.exchange(address, request, MAX_ANSWER_BYTES, config.relay().timeout());
            return answer.status() / 100 == 2 ? new Outcome(answer.status(), null)
                    : new Outcome(answer.status(), "answered " + answer.status() + (answer.status() / 100 == 3
                            ? " (redirects are not followed: subscribe the address it redirects to)" : ""));
        } catch (OutboundAddress.Refused | OutboundHttp.NoAnswer e) {
            return new Outcome(null, e.getMessage());
        } catch (WebhookSigningException | EmptyWebhookSecretException e) {
            return new Outcome(null, "could not be signed: " + e.getMessage());
        } catch (RuntimeException e) {
            // Whatever else goes wrong is a failed attempt too, so the delivery still ends DELIVERED or DEAD.
            return new Outcome(null, "could not be sent: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
