package com.caringmedical.clinic.web.caching;

import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Public reads are answered from memory after the first one: the same bytes and headers, no SQL. Every instance
 * forgets what it kept when the content tables change, whoever changed them, because the database notifies every
 * listening instance; and without that notification connection nothing is served from memory. Hibernate counts
 * statements for the whole application, so the scheduled jobs are paused while the tests count.
 */
@QuarkusTest
class ContentCacheTest {

    static final String ARTICLE = "/articles/failed-back-surgery-syndrome-treatment-options";
    static final String TITLE = "Treatment options when back surgery has failed";

    @Inject
    ContentCache cache;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    DataSource dataSource;

    @Inject
    Scheduler scheduler;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void pauseTheScheduledJobsAndStartFromNothing() throws InterruptedException {
        scheduler.pause();
        Thread.sleep(300); // lets a relay run that had already started finish
        await().atMost(Duration.ofSeconds(10)).until(cache::isServing);
        cache.forgetAll();
    }

    @AfterEach
    void resume() {
        scheduler.resume();
    }

    @ParameterizedTest
    @CsvSource({
        ARTICLE + ", application/json",
        ARTICLE + ", application/ld+json",
        "/articles?size=1, application/json",
        "/references/1/articles?size=1, application/json",
        "/references/2, application/x-bibtex",
        "/articles/failed-back-surgery-syndrome-treatment-options/references?style=apa, application/json",
        "/locations, application/json",
        "/treatments/prolotherapy, application/json",
        "/search?q=steroid+injection, application/json" })
    void aRepeatedReadIsAnsweredFromMemoryWithTheSameBytesAndHeaders(String path, String accept) {
        Response first = api().accept(accept).get(path);
        first.then().statusCode(200);
        assertEquals(0, statementsDuring(() -> api().accept(accept).get(path)), "the second read runs no SQL");

        Response second = api().accept(accept).get(path);
        second.then().statusCode(200);
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(headersOf(first), headersOf(second));
    }

    @Test
    void aRevalidationFromMemoryIs304WithTheTagAndCacheControl() {
        String etag = api().get(ARTICLE).then().statusCode(200).extract().header("ETag");

        assertEquals(0, statementsDuring(() -> api().header("If-None-Match", etag).get(ARTICLE)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=300"))
                .header("Vary", equalTo("Accept"))
                .body(emptyString())));
    }

    @Test
    void aReadFromMemoryCarriesCorsSecurityHeadersAndItsOwnRequestId() {
        for (int read = 0; read < 2; read++) {
            api().header("Origin", "http://localhost:3000").header("X-Request-Id", "read-" + read).get(ARTICLE)
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("X-Request-Id", equalTo("read-" + read));
        }
        given().header("Origin", "https://evil.example").get(ARTICLE).then().statusCode(403);
    }

    @Test
    void readsAnsweredFromMemoryAreCountedUnderTheirRouteTemplate() {
        api().get(ARTICLE).then().statusCode(200);
        String etag = api().get(ARTICLE).then().statusCode(200).extract().header("ETag");
        double before = articleReads(200) + articleReads(304);

        api().get(ARTICLE).then().statusCode(200);
        api().header("If-None-Match", etag).get(ARTICLE).then().statusCode(304);

        await().atMost(Duration.ofSeconds(5)).until(() -> articleReads(200) + articleReads(304) == before + 2);
        assertEquals(0, meters.find("http.server.requests").tag("uri", ARTICLE).tag("method", "GET").timers().stream()
                .filter(timer -> timer.getId().getTag("status").matches("200|304")).count(),
                "no read from memory is counted under its raw path");
    }

    private double articleReads(int status) {
        Timer timer = meters.find("http.server.requests").tag("uri", "/articles/{slug}").tag("method", "GET")
                .tag("status", String.valueOf(status)).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aChangeMadeByAnotherInstanceOrToolReachesTheNextReads() throws SQLException {
        api().get(ARTICLE).then().body("title", equalTo(TITLE));
        try {
            // What another instance's editor (or a DBA) does: a committed change to a content table.
            execute("update article set title = 'Changed elsewhere' where slug = 'failed-back-surgery-syndrome-treatment-options'");
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> "Changed elsewhere".equals(api().get(ARTICLE).path("title")));
            assertEquals("Changed elsewhere", api().get("/articles?size=20").path(
                    "items.find { it.slug == 'failed-back-surgery-syndrome-treatment-options' }.title"));
        } finally {
            execute("update article set title = '%s' where slug = 'failed-back-surgery-syndrome-treatment-options'"
                    .formatted(TITLE.replace("'", "''")));
        }
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> TITLE.equals(api().get(ARTICLE).path("title")));
    }

    @Test
    void headersAClientChoosesNeverReachTheAnswersKeptForEverybody() {
        String page = "/references?size=2&page=2";
        Response poisoned = api().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "8443").header("Origin", "http://evil.example")
                .get(page);
        poisoned.then().statusCode(200).header("Link", startsWith(
                "</references?size=2&page=1>; rel=\"first\", </references?size=2&page=1>; rel=\"prev\", "
                        + "</references?size=2&page=3>; rel=\"next\""));

        Response next = api().get(page);
        next.then().statusCode(200).header("Link", equalTo(poisoned.header("Link")));
        assertEquals(0, statementsDuring(() -> api().get(page)), "the next reader got the kept answer");
        headersOf(next).forEach((name, value) -> assertFalse(value.contains("evil") || value.contains("8443"),
                name + ": " + value));
    }

    @Test
    void aReadWithCredentialsIsNeitherAnsweredFromNorKeptInMemory() {
        api().get(ARTICLE).then().statusCode(200);
        assertNotEquals(0, statementsDuring(() -> as("staff").get(ARTICLE).then().statusCode(200)));

        cache.forgetAll();
        as("staff").get(ARTICLE).then().statusCode(200);
        assertNotEquals(0, statementsDuring(() -> api().get(ARTICLE).then().statusCode(200)),
                "the answer to the signed-in read was not kept");
    }

    @Test
    void withoutItsNotificationConnectionNothingIsAnsweredFromMemory() throws SQLException {
        api().get(ARTICLE).then().statusCode(200);
        execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + ContentChangeListener.LISTENER_NAME + "'");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> !cache.isServing());
        assertFalse(cache.size() > 0, "everything kept was forgotten");
        assertNotEquals(0, statementsDuring(() -> api().get(ARTICLE).then().statusCode(200)));
        assertNotEquals(0, statementsDuring(() -> api().get(ARTICLE).then().statusCode(200)), "and nothing is kept");

        await().atMost(Duration.ofSeconds(15)).until(cache::isServing);
        api().get(ARTICLE).then().statusCode(200);
        assertEquals(0, statementsDuring(() -> api().get(ARTICLE).then().statusCode(200)));
    }

    private long statementsDuring(Runnable read) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        read.run();
        return statistics.getPrepareStatementCount();
    }

    /** The headers a client sees, without the ones that are new on every answer. */
    private static Map<String, String> headersOf(Response response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().forEach(header -> headers.merge(header.getName(), header.getValue(), (a, b) -> a + ", " + b));
        headers.remove("X-Request-Id");
        headers.remove("Date");
        return headers;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
