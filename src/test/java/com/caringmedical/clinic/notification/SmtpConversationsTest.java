package com.caringmedical.clinic.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * An SMTP conversation starts on a Vert.x event loop whatever thread asks for it: the Vert.x mail client drops
 * the server's greeting when it connects from a worker thread and stalls until the server gives up. Without a
 * server: the mailer here records the thread each send starts on (the application's Vert.x, so that its event
 * loops are the ones the real mailer uses).
 */
@QuarkusTest
class SmtpConversationsTest {

    @Inject
    Vertx vertx;

    private final List<String> startedOn = new CopyOnWriteArrayList<>();

    @Test
    void aSendFromWorkerThreadsStartsOnAnEventLoop() throws Exception {
        ReactiveMailer recording = mails -> Uni.createFrom().item(() -> {
            startedOn.add((Context.isOnEventLoopThread() ? "event loop " : "other ") + Thread.currentThread().getName());
            return null;
        });
        SmtpConversations smtp = new SmtpConversations(recording, vertx);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<?>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sends.add(workers.submit(() -> smtp.send(Mail.withText("staff@clinic.test", "subject", "text"),
                    Duration.ofSeconds(5))));
        }
        for (Future<?> send : sends) {
            send.get();
        }
        workers.shutdown();
        assertEquals(20, startedOn.size());
        assertTrue(startedOn.stream().allMatch(thread -> thread.startsWith("event loop vert.x-eventloop-thread-")),
                startedOn.toString());
    }

    @Test
    void aServerThatNeverAnswersCostsTheSendTimeoutAndNoMore() {
        SmtpConversations smtp = new SmtpConversations(mails -> Uni.createFrom().nothing(), vertx);
        long started = System.nanoTime();
        assertThrows(TimeoutException.class,
                () -> smtp.send(Mail.withText("staff@clinic.test", "subject", "text"), Duration.ofMillis(300)));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5_000);
    }
}
