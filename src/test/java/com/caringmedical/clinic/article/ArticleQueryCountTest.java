package com.caringmedical.clinic.article;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.caringmedical.clinic.web.caching.ContentCache;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reading an article costs a fixed number of SQL statements however long it is (no N+1): the article with its
 * body, author and reviewer, its references, their authors and its treatment options. Hibernate counts statements for the whole
 * application, so the scheduled jobs (the mail relay polls the outbox) are paused while the test counts.
 */
@QuarkusTest
class ArticleQueryCountTest {

    static final long STATEMENTS_PER_ARTICLE = 4;
    static final String LONG_ARTICLE = "a-very-long-article";

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    DataSource dataSource;

    @Inject
    Scheduler scheduler;

    @Inject
    ContentCache cache;

    /** Seven references and eight treatments: the seeded ones (the lowest ids), whatever other tests added. */
    @BeforeEach
    void addAnArticleOfEightyBlocksSevenReferencesAndEightTreatments() throws Exception {
        scheduler.pause();
        Thread.sleep(300); // lets a relay run that had already started finish
        execute("""
                insert into article (slug, title, summary, author_id, published_at, updated_at, body)
                select '%1$s', 'Long', 'Long article', (select id from author where slug = 'ross-hauser'), now(),
                       now(), jsonb_agg(block)
                from generate_series(0, 39) n, lateral (values
                    (jsonb_build_object('type', 'heading', 'level', 2, 'text', 'Section ' || n)),
                    (jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object(
                        'text', 'one and two'))))) blocks(block);
                insert into article_reference (article_id, citation_index, reference_id)
                select a.id, (row_number() over (order by r.id desc)) - 1, r.id
                from article a cross join (select id from reference order by id limit 7) r where a.slug = '%1$s';
                insert into article_treatment (article_id, position, treatment_id)
                select a.id, (row_number() over (order by t.id)) - 1, t.id
                from article a cross join (select id from treatment order by id limit 8) t where a.slug = '%1$s';
                """.formatted(LONG_ARTICLE));
    }

    @AfterEach
    void removeIt() throws SQLException {
        execute("delete from article where slug = '%s'".formatted(LONG_ARTICLE));
        scheduler.resume();
    }

    @Test
    void theSeedArticleTakesAFixedNumberOfStatements() {
        assertEquals(STATEMENTS_PER_ARTICLE, statementsToRead(ArticleResourceTest.SEED, 28));
    }

    @Test
    void aLongerArticleTakesNoMoreStatements() {
        assertEquals(STATEMENTS_PER_ARTICLE, statementsToRead(LONG_ARTICLE, 80));
    }

    private long statementsToRead(String slug, int blocks) {
        cache.forgetAll(); // a read answered from memory runs no SQL at all (ContentCacheTest)
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        api().get("/articles/" + slug).then().statusCode(200)
                .body("body", hasSize(blocks))
                .body("references", hasSize(7))
                .body("treatments", hasSize(8));
        return statistics.getPrepareStatementCount();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
