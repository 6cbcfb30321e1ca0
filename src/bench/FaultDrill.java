import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The fault drill: two instances of the packaged service on one PostgreSQL database and one SMTP server
 * (GreenMail, embedded here from greenmail-standalone), while patients' questions arrive across both with
 * Idempotency-Keys and client retries. Part-way through, the SMTP server stops, and one instance is killed
 * with SIGKILL and started again; later the SMTP server comes back. Then it counts: questions acknowledged
 * against stored, duplicate questions, staff mails delivered against expected, and duplicate mails, and exits
 * non-zero on any loss or duplicate question.
 *
 * Run it with src/bench/fault-drill.sh, which builds the service and fetches GreenMail and the JDBC driver.
 * Arguments: --app target/quarkus-app --jdbc URL --questions 2000 --clients 16 --seconds 60 --port 19080
 */
public class FaultDrill {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final Map<String, String> options;
    private final int questions;
    private final int clients;
    private final Duration submitFor;
    private final int port;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Set<String> mailIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger mailsReceived = new AtomicInteger();
    private final Instance[] instances = new Instance[2];
    private volatile GreenMail smtp;
    private volatile Instant smtpBack;
    /** A drain that makes no progress for this long has a stalled SMTP conversation (the send timeout is 30 s). */
    private static final Duration STALL = Duration.ofSeconds(10);
    private final List<String> stalls = new ArrayList<>();

    FaultDrill(Map<String, String> options) {
        this.options = options;
        this.questions = Integer.parseInt(options.getOrDefault("questions", "2000"));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        this.submitFor = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60")));
        this.port = Integer.parseInt(options.getOrDefault("port", "19080"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.exit(new FaultDrill(options).run());
    }

    /** One service instance, a child process on its own port. */
    final class Instance {
        final String name;
        final int httpPort;
        Process process;

        Instance(String name, int httpPort) {
            this.name = name;
            this.httpPort = httpPort;
        }

        void start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder("java", "-jar", "quarkus-run.jar")
                    .directory(Path.of(options.getOrDefault("app", "target/quarkus-app")).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(options.getOrDefault("logs", "target"),
                            "fault-drill-" + name + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort()));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", options.get("jdbc"));
            env.put("QUARKUS_DATASOURCE_USERNAME", options.getOrDefault("db-user", "postgres"));
            env.put("QUARKUS_DATASOURCE_PASSWORD", options.getOrDefault("db-password", "unused"));
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort()));
            env.put("CLINIC_NOTIFICATIONS_DEFAULT_INBOX", "questions@clinic.test");
            env.put("CLINIC_NOTIFICATIONS_REVIEW_URL", "http://localhost/q/swagger-ui/");
            env.put("CLINIC_CORS_ORIGINS", "http://localhost:3000");
            // The drill is about losing nothing, not about spam: no proof of work, no per-address limit.
            env.put("CLINIC_QUESTIONS_CHALLENGE_ENABLED", "false");
            env.put("CLINIC_QUESTIONS_RATE_LIMIT_ENABLED", "false");
            // Retry quickly and never give up during the drill; a dead instance's claims come back in 15 s.
            env.put("CLINIC_NOTIFICATIONS_RELAY_POLL_INTERVAL", "1s");
            env.put("CLINIC_NOTIFICATIONS_RELAY_INITIAL_BACKOFF", "PT1S");
            env.put("CLINIC_NOTIFICATIONS_RELAY_MAX_BACKOFF", "PT2S");
            env.put("CLINIC_NOTIFICATIONS_RELAY_MAX_ATTEMPTS", "10000");
            env.put("CLINIC_NOTIFICATIONS_RELAY_BATCH_SIZE", "50");
            // The production send timeout (30 s): a stalled SMTP conversation would show as a gap in the drain.
            env.put("CLINIC_NOTIFICATIONS_RELAY_CLAIM_TIMEOUT", "PT15S");
            process = builder.start();
        }

        void awaitReady() throws InterruptedException {
            Instant deadline = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("instance " + name + " died at start; see its log");
                }
                try {
                    HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + managementPort() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("instance " + name + " was not ready within 120 s");
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + httpPort);
        }

        /** Health and metrics: the management interface, on a port of its own. */
        int managementPort() {
            return httpPort + 20;
        }
    }

    int smtpPort() {
        return port + 10;
    }

    int run() throws Exception {
        log("fault drill: %d questions over %d s from %d clients, 2 instances, SMTP on port %d",
                questions, submitFor.toSeconds(), clients, smtpPort());
        startSmtp();
        instances[0] = new Instance("a", port);
        instances[1] = new Instance("b", port + 1);
        instances[0].start();
        instances[0].awaitReady(); // the first start migrates; the second then starts on a ready schema
        instances[1].start();
        instances[1].awaitReady();
        log("both instances ready");

        Instant start = Instant.now();
        Thread faults = new Thread(() -> injectFaults(start));
        faults.start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            int n = i;
            Instant due = start.plusMillis(submitFor.toMillis() * i / questions);
            submissions.add(pool.submit(() -> submit(n, due)));
        }
        for (Future<?> submission : submissions) {
            submission.get();
        }
        pool.shutdown();
        faults.join();
        log("submissions done in %d s: %d acknowledged, %d retries, %d refused",
                Duration.between(start, Instant.now()).toSeconds(), acknowledged.size(), retries.get(), refused.get());

        try (Connection db = DriverManager.getConnection(options.get("jdbc"), options.getOrDefault("db-user", "postgres"),
                options.getOrDefault("db-password", "unused"))) {
            awaitDeliveries(db);
            return report(db);
        } finally {
            for (Instance instance : instances) {
                instance.process.destroy();
                instance.process.waitFor();
            }
        }
    }

    /** SMTP down from 20 % to 65 % of the run; instance a killed with SIGKILL at 40 % and started again. */
    private void injectFaults(Instant start) {
        // Restarting the killed instance takes a JVM start; SMTP comes back only after it, at 65 % at the earliest.
        try {
            sleepUntil(start, 0.20);
            stopSmtp();
            log("SMTP server stopped");
            sleepUntil(start, 0.40);
            instances[0].process.destroyForcibly().waitFor();
            log("instance a killed (SIGKILL)");
            instances[0].start();
            instances[0].awaitReady();
            log("instance a restarted and ready");
            sleepUntil(start, 0.65);
            startSmtp();
            smtpBack = Instant.now();
            log("SMTP server back");
        } catch (Exception e) {
            throw new IllegalStateException("fault injection failed", e);
        }
    }

    private void sleepUntil(Instant start, double fraction) throws InterruptedException {
        long wait = Duration.between(Instant.now(), start.plusMillis((long) (submitFor.toMillis() * fraction))).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    /** Starts an SMTP server that counts every mail it accepts, by Message-ID, before storing it. */
    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        UserManager users = smtp.getUserManager();
        users.setMessageDeliveryHandler((message, address) -> {
            mailsReceived.incrementAndGet();
            mailIds.add(message.getMessage().getMessageID());
            GreenMailUser user = users.getUserByEmail(address.getEmail());
            return user != null ? user : users.createUser(address.getEmail(), address.getEmail(), address.getEmail());
        });
    }

    private void stopSmtp() {
        smtp.stop();
    }

    /** One patient's question, retried with the same Idempotency-Key on the other instance until acknowledged. */
    private void submit(int n, Instant due) {
        try {
            long wait = Duration.between(Instant.now(), due).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            String key = "drill-" + runId + "-" + n;
            String body = """
                    {"firstName": "Drill", "lastName": "Patient", "email": "drill.%d@example.com",
                     "location": "%s", "question": "Fault drill question %s: could prolotherapy help my back?",
                     "website": ""}""".formatted(n, n % 2 == 0 ? "oak-park" : "fort-myers", key);
            Instant giveUp = Instant.now().plusSeconds(120);
            for (int attempt = 0; Instant.now().isBefore(giveUp); attempt++) {
                Instance instance = instances[(n + attempt) % 2];
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(instance.base().resolve("/questions"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 202) {
                        Matcher id = ID.matcher(response.body());
                        if (!id.find()) {
                            throw new IllegalStateException("202 without an id: " + response.body());
                        }
                        acknowledged.put(key, id.group(1));
                        return;
                    }
                    if (response.statusCode() < 500 && response.statusCode() != 429) {
                        refused.incrementAndGet();
                        log("question %d refused with %d: %s", n, response.statusCode(), response.body());
                        return;
                    }
                } catch (IOException unreachable) {
                    // the instance is down: try the other one
                }
                retries.incrementAndGet();
                Thread.sleep(100);
            }
            log("question %d was never acknowledged", n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for the outbox to empty, and prints how long the backlog took after SMTP came back and at what rate.
     * Records every stretch of at least {@link #STALL} in which pending mails made no progress.
     */
    private void awaitDeliveries(Connection db) throws Exception {
        Instant began = Instant.now();
        Instant deadline = began.plusSeconds(Long.parseLong(options.getOrDefault("delivery-wait", "600")));
        long backlog = count(db, "select count(*) from notification where status = 'PENDING'");
        long pending = backlog;
        Instant progressed = Instant.now();
        while (pending > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            long now = count(db, "select count(*) from notification where status = 'PENDING'");
            if (now < pending) {
                Duration still = Duration.between(progressed, Instant.now());
                if (still.compareTo(STALL) >= 0) {
                    stalls.add(still.toSeconds() + " s with " + pending + " pending");
                }
                progressed = Instant.now();
            }
            pending = now;
        }
        Thread.sleep(2000); // the last SMTP conversations land in GreenMail
        Instant settled = Instant.now();
        Duration drain = Duration.between(smtpBack, settled);
        long delivered = count(db, "select count(*) from notification where status = 'SENT'");
        log("outbox settled %d s after the last submission: %d still pending", Duration.between(began, settled).toSeconds(),
                pending);
        log("backlog: %d mails pending when submissions ended; all %d staff mails sent %d s after SMTP came back "
                + "(%.1f mails/s); stalls of %d s or more: %s", backlog, delivered, drain.toSeconds(),
                delivered * 1000.0 / Math.max(1, drain.toMillis()), STALL.toSeconds(),
                stalls.isEmpty() ? "none" : String.join(", ", stalls));
    }

    private int report(Connection db) throws Exception {
        long stored = count(db, "select count(*) from question where question_text like 'Fault drill question drill-"
                + runId + "-%'");
        long duplicateQuestions = count(db, "select count(*) - count(distinct question_text) from question");
        long missing = 0;
        for (String id : acknowledged.values()) {
            missing += count(db, "select 1 - count(*) from question where id = '" + id + "'");
        }
        long sent = count(db, "select count(*) from notification where kind = 'STAFF_NOTIFICATION' and status = 'SENT'");
        long dead = count(db, "select count(*) from notification where status = 'DEAD'");
        stopSmtp();
        int delivered = mailIds.size();
        int duplicateMails = mailsReceived.get() - delivered;
        int expected = acknowledged.size();

        System.out.println();
        System.out.printf("%-38s %8s%n", "questions sent", questions);
        System.out.printf("%-38s %8d%n", "questions acknowledged (202)", acknowledged.size());
        System.out.printf("%-38s %8d%n", "questions stored", stored);
        System.out.printf("%-38s %8d%n", "acknowledged but not stored", missing);
        System.out.printf("%-38s %8d%n", "duplicate questions", duplicateQuestions);
        System.out.printf("%-38s %8d%n", "client retries", retries.get());
        System.out.printf("%-38s %8d%n", "staff mails expected", expected);
        System.out.printf("%-38s %8d%n", "staff mails delivered (distinct)", delivered);
        System.out.printf("%-38s %8d%n", "notifications SENT in the outbox", sent);
        System.out.printf("%-38s %8d%n", "notifications DEAD", dead);
        System.out.printf("%-38s %8d%n", "duplicate mails (same Message-ID)", duplicateMails);

        List<String> failures = new ArrayList<>();
        if (acknowledged.size() != questions) {
            failures.add((questions - acknowledged.size()) + " question(s) never acknowledged");
        }
        if (stored != acknowledged.size() || missing > 0) {
            failures.add("acknowledged " + acknowledged.size() + " but stored " + stored + " (" + missing + " missing)");
        }
        if (duplicateQuestions > 0) {
            failures.add(duplicateQuestions + " duplicate question(s)");
        }
        if (!stalls.isEmpty()) {
            failures.add("the outbox stalled: " + String.join(", ", stalls));
        }
        if (delivered != expected || sent != expected) {
            failures.add("staff mails: expected " + expected + ", delivered " + delivered + ", SENT " + sent);
        }
        System.out.println(failures.isEmpty() ? "\nFAULT DRILL PASSED: nothing lost, nothing stored twice"
                : "\nFAULT DRILL FAILED: " + String.join("; ", failures));
        return failures.isEmpty() ? 0 : 1;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("%tT  %s%n", Instant.now().atZone(java.time.ZoneId.systemDefault()), format.formatted(args));
    }
}
