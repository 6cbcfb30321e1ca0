package com.caringmedical.clinic.notification;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends one mail through SMTP and waits for the server's answer, at most the send timeout.
 * <p>
 * The conversation starts on a Vert.x event loop, never on the calling worker thread. The Vert.x mail client
 * (4.5) installs its reply handler in a listener of the TCP connect; connecting from a worker thread, that
 * listener can be queued on the event loop behind the read of the server's 220 greeting, which Vert.x then drops
 * for want of a handler, and the client waits for a greeting that already came until the server gives up (30 s
 * with GreenMail and others). On loopback and under load this stalled the relay again and again after an SMTP
 * outage. On the event loop the connect, its listener and the handler happen in one task, before any read.
 */
@ApplicationScoped
class SmtpConversations {

    private final ReactiveMailer mailer;
    private final Vertx vertx;

    SmtpConversations(ReactiveMailer mailer, Vertx vertx) {
        this.mailer = mailer;
        this.vertx = vertx;
    }

    /** Sends the mail; throws when the server refuses it, the connection fails, or the timeout passes. */
    void send(Mail mail, Duration timeout) {
        // From a thread without a Vert.x context (the scheduler's, a test's) this is a fresh event-loop context;
        // from a request's worker thread it is the request's, which runs its tasks on its event loop.
        Context eventLoop = vertx.getOrCreateContext();
        if (!eventLoop.isEventLoopContext()) {
            throw new IllegalStateException("SMTP conversations must start on an event loop, not on " + eventLoop);
        }
        mailer.send(mail)
                .runSubscriptionOn(task -> eventLoop.runOnContext(ignored -> task.run()))
                .await().atMost(timeout);
    }
}
