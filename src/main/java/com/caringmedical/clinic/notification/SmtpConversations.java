package com.caringmedical.clinic.notification;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends one mail through SMTP and waits for the server's answer, at most the send timeout.
 * <p>
 * Every conversation starts on one and the same Vert.x event loop, never on the calling worker thread. The Vert.x
 * mail client (4.5) installs its reply handler in a listener of the TCP connect; connecting from a worker thread,
 * that listener can be queued on the event loop behind the read of the server's 220 greeting, which Vert.x then
 * drops for want of a handler, and the client waits for a greeting that already came until the send timeout. With
 * conversations started on several event loops, pooled connections were still handed between them, and on a busy
 * machine the fault drill lost a send now and then at the moment the mail server went down or came back (see
 * docs/fault-drill.md). On one event loop the pool, every connect, its listener and its handlers run on one
 * thread, in order. The conversations mostly wait on the network, so one loop is plenty.
 */
@ApplicationScoped
class SmtpConversations {

    private final ReactiveMailer mailer;
    private final Context eventLoop;

    SmtpConversations(ReactiveMailer mailer, Vertx vertx) {
        this.mailer = mailer;
        this.eventLoop = newEventLoopContext(vertx);
    }

    /** Sends the mail; throws when the server refuses it, the connection fails, or the timeout passes. */
    void send(Mail mail, Duration timeout) {
        mailer.send(mail)
                .runSubscriptionOn(task -> eventLoop.runOnContext(ignored -> task.run()))
                .await().atMost(timeout);
    }

    /** Whether a failed send never reached the mail server: no connection could be made to it. */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event-loop context of its own: asked for from a thread that has no Vert.x context, Vert.x makes a new one
     * on one of its event loops (asked for from the thread that builds this bean, it could be a request's).
     */
    private static Context newEventLoopContext(Vertx vertx) {
        FutureTask<Context> create = new FutureTask<>(vertx::getOrCreateContext);
        new Thread(create, "smtp-context").start();
        try {
            Context context = create.get();
            if (!context.isEventLoopContext()) {
                throw new IllegalStateException("SMTP conversations need an event loop, not " + context);
            }
            return context;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the SMTP event loop context", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not make the SMTP event loop context", e.getCause());
        }
    }
}
