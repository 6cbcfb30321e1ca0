package com.caringmedical.clinic.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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
 * The outbox's sending side. Each run claims a batch of due notifications in one short transaction, sends each
 * through SMTP with no transaction or lock held, and records each outcome in a transaction of its own. Any number
 * of instances may run it at once: a row is claimed by one relay only. Delivery is at least once; a mail is sent
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
    private final ReentrantLock sending = new ReentrantLock();
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
     * On shutdown no new run starts, and a running one stops after its current mail and hands back the claims it
     * has not used, so another instance sends them at once instead of after the claim timeout. Shutdown waits for
     * that, at most one send timeout and a little more.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (runs.writeLock().tryLock(config.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
            runs.writeLock().unlock();
        } else {
            LOG.warn("The outbox relay did not stop in time; its unsent claims will time out and be retried");
        }
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
            UUID token = UUID.randomUUID();
            List<UUID> claimed = QuarkusTransaction.requiringNew()
                    .call(() -> notifications.claimDue(token, config.batchSize(), config.claimTimeout()));
            for (int i = 0; i < claimed.size(); i++) {
                if (stopRequested.getAsBoolean()) {
                    handBack(token, claimed.subList(i, claimed.size()));
                    return claimed;
                }
                deliver(claimed.get(i), token);
            }
            stats.set(QuarkusTransaction.requiringNew().call(notifications::stats));
            return claimed;
        } finally {
            runs.readLock().unlock();
        }
    }

    /** Lets other relays have claimed notifications this one will not send, as if it had never claimed them. */
    private void handBack(UUID token, List<UUID> unsent) {
        int released = QuarkusTransaction.requiringNew().call(() -> notifications.release(token, unsent));
        LOG.infof("Stopping: handed back %d claimed notification(s) to the other relays", released);
    }

    private void deliver(UUID id, UUID token) {
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
                return;
            }
            send(mail);
        } catch (RuntimeException e) {
            recordFailure(id, token, e);
            return;
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
    }

    /**
     * One SMTP conversation at a time per instance, and never longer than the send timeout: a server that stops
     * answering mid-conversation costs one failed attempt, not every mail behind it. The scheduler never overlaps
     * runs, but relayDue() may also be called directly.
     */
    private void send(Mail mail) {
        sending.lock();
        try {
            smtp.send(mail, config.sendTimeout());
        } finally {
            sending.unlock();
        }
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
