package com.caringmedical.clinic.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The outbox's sending side. Each run claims a batch of due notifications in one short transaction, sends them
 * through SMTP, a few at once (clinic.notifications.relay.concurrency) over pooled connections, with no
 * transaction or lock held, and records each outcome in a transaction of its own; while batches come back full and
 * every mail in them went out it claims the next at once, so a backlog drains without waiting for the next poll
 * (and a mail server that is down is not tried again before then: once a connection to it fails, the rest of the
 * batch is handed back untried, so an outage costs one failed attempt per mail on its way, not one per claimed
 * mail). Any number of instances may run
 * it at once: a row is claimed by one relay only. Delivery is at least once; a mail is sent
 * twice only if an instance dies between the SMTP server's acceptance and the commit that follows it.
 * Log lines name notifications by id only: never a recipient, a name or a question.
 */
@ApplicationScoped
public class NotificationRelay {

    private static final Logger LOG = Logger.getLogger(NotificationRelay.class);

    private final NotificationRepository notifications;
    private final NotificationMailComposer mails;
    private final SmtpConversations smtp;
    private final NotificationsConfig.Relay config;
    private final RetryBackoff backoff;
    private final AtomicReference<OutboxStats> stats = new AtomicReference<>(OutboxStats.EMPTY);
    /** The threads that hold the SMTP conversations: at most this many mails are on their way at once. */
    private final ExecutorService senders;
    /** Runs hold the read side from their claim until their claims are settled or handed back; stop takes the write side. */
    private final ReentrantReadWriteLock runs = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    NotificationRelay(NotificationRepository notifications, NotificationMailComposer mails, SmtpConversations smtp,
            NotificationsConfig config, MeterRegistry registry) {
        this.notifications = notifications;
        this.mails = mails;
        this.smtp = smtp;
        this.config = config.relay();
        this.backoff = new RetryBackoff(this.config.initialBackoff(), this.config.maxBackoff());
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(this.config.concurrency(), task -> {
            Thread thread = new Thread(task, "notification-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Gauge.builder("clinic.notifications.pending", stats, s -> s.get().pending())
                .description("Notifications waiting to be sent or retried").register(registry);
        Gauge.builder("clinic.notifications.dead", stats, s -> s.get().dead())
                .description("Notifications given up after the configured attempts").register(registry);
        Gauge.builder("clinic.notifications.oldest.pending.age", stats, s -> s.get().oldestPendingAgeSeconds())
                .baseUnit("seconds").description("Age of the oldest pending notification").register(registry);
    }

    @Scheduled(identity = "notification-relay", every = "${clinic.notifications.relay.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        if (!stopping) {
            relayDue();
        }
    }

    /**
     * On shutdown no new run starts, and a running one stops after the mails on their way and hands back the claims
     * it has not used, so another instance sends them at once instead of after the claim timeout. Shutdown waits
     * for that, at most one send timeout and a little more.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (runs.writeLock().tryLock(config.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
            runs.writeLock().unlock();
        } else {
            LOG.warn("The outbox relay did not stop in time; its unsent claims will time out and be retried");
        }
        senders.shutdown();
    }

    /** Sends what is due now; returns the notifications this run claimed. */
    public List<UUID> relayDue() {
        return relayDue(() -> stopping);
    }

    /**
     * Sends what is due now, handing back the rest of its claims as soon as {@code stopRequested} says so (checked
     * before each mail); returns the notifications this run claimed.
     */
    List<UUID> relayDue(BooleanSupplier stopRequested) {
        runs.readLock().lock();
        try {
            List<UUID> all = new ArrayList<>();
            List<UUID> claimed;
            boolean drained;
            do {
                UUID token = UUID.randomUUID();
                claimed = QuarkusTransaction.requiringNew()
                        .call(() -> notifications.claimDue(token, config.batchSize(), config.claimTimeout()));
                all.addAll(claimed);
                Optional<Integer> sent = sendAll(claimed, token, stopRequested);
                if (sent.isEmpty()) {
                    return all;
                }
                drained = sent.get() == config.batchSize();
            } while (drained && !stopRequested.getAsBoolean());
            stats.set(QuarkusTransaction.requiringNew().call(notifications::stats));
            return all;
        } finally {
            runs.readLock().unlock();
        }
    }

    /**
     * Sends the claimed notifications, at most {@code concurrency} at once, and waits for every one on its way.
     * Returns how many were sent, or nothing when a stop was requested. The claims not yet started are handed back
     * on a stop, and once the mail server could not be reached.
     */
    private Optional<Integer> sendAll(List<UUID> claimed, UUID token, BooleanSupplier stopRequested) {
        Semaphore slots = new Semaphore(config.concurrency());
        AtomicBoolean unreachable = new AtomicBoolean();
        List<Future<Boolean>> onTheirWay = new ArrayList<>();
        try {
            for (int i = 0; i < claimed.size(); i++) {
                slots.acquire();
                if (stopRequested.getAsBoolean() || unreachable.get()) {
                    int sent = awaitAll(onTheirWay);
                    handBack(token, claimed.subList(i, claimed.size()), unreachable.get());
                    return unreachable.get() ? Optional.of(sent) : Optional.empty();
                }
                UUID id = claimed.get(i);
                onTheirWay.add(senders.submit(() -> {
                    try {
                        return deliver(id, token, unreachable);
                    } finally {
                        slots.release();
                    }
                }));
            }
            return Optional.of(awaitAll(onTheirWay));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty(); // the claims left time out and are retried
        }
    }

    /** Waits for every send; returns how many went out. */
    private static int awaitAll(List<Future<Boolean>> sends) throws InterruptedException {
        int sent = 0;
        for (Future<Boolean> send : sends) {
            try {
                sent += send.get() ? 1 : 0;
            } catch (ExecutionException e) {
                LOG.error("Sending a notification failed unexpectedly", e.getCause());
            }
        }
        return sent;
    }

    /** Lets other relays have claimed notifications this one will not send, as if it had never claimed them. */
    private void handBack(UUID token, List<UUID> unsent, boolean serverUnreachable) {
        int released = QuarkusTransaction.requiringNew().call(() -> notifications.release(token, unsent));
        LOG.infof(serverUnreachable ? "The mail server cannot be reached: %d claimed notification(s) wait for the next run"
                : "Stopping: handed back %d claimed notification(s) to the other relays", released);
    }

    /**
     * Sends one claimed notification and records the outcome; true when it went out. Sets {@code unreachable} when
     * no connection to the mail server could be made.
     */
    private boolean deliver(UUID id, UUID token, AtomicBoolean unreachable) {
        try {
            Mail mail = QuarkusTransaction.requiringNew().call(() -> {
                Notification notification = notifications.findById(id);
                return notification != null && notification.renewClaim(token, Instant.now().plus(config.claimTimeout()))
                        ? mails.compose(notification.kind(), notification.subject(), notification.recipient())
                                // Derived from the notification: a rare resend after a crash is recognisably the same mail.
                                .addHeader("Message-ID", "<" + notification.id() + "@notifications.clinic-api>")
                        : null;
            });
            if (mail == null) {
                LOG.warnf("Notification %s is gone or was taken over by another relay; this one does not send it", id);
                return false;
            }
            smtp.send(mail, config.sendTimeout());
        } catch (RuntimeException e) {
            if (SmtpConversations.isUnreachable(e)) {
                unreachable.set(true);
            }
            recordFailure(id, token, e);
            return false;
        }
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
            Notification notification = notifications.findById(id);
            if (notification == null || !notification.isClaimedBy(token)) {
                return false;
            }
            notification.sent(Instant.now());
            return true;
        });
        if (!recorded) {
            LOG.warnf("Notification %s was sent after its claim timed out; another relay may send it again. "
                    + "Consider a longer clinic.notifications.relay.claim-timeout.", id);
        }
        return true;
    }

    private void recordFailure(UUID id, UUID token, RuntimeException error) {
        NotificationStatus outcome = QuarkusTransaction.requiringNew().call(() -> {
            Notification notification = notifications.findById(id);
            if (notification == null || !notification.isClaimedBy(token)) {
                return null;
            }
            notification.failed(describe(error), config.maxAttempts(), backoff.afterAttempt(notification.attempts()),
                    Instant.now());
            return notification.status();
        });
        // The exception's message may quote a recipient address, so the log gets its type only; the message
        // is kept in the notification's last_error for staff.
        if (outcome == NotificationStatus.DEAD) {
            LOG.errorf("Notification %s is DEAD after %d attempts (last failure: %s)", id, config.maxAttempts(),
                    error.getClass().getName());
        } else if (outcome != null) {
            LOG.warnf("Notification %s could not be sent (%s); it will be retried", id, error.getClass().getName());
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < 1000; cause = cause.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
