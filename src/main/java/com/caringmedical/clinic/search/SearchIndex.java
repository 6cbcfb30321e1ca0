package com.caringmedical.clinic.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Reads the full-text index the database keeps (search_document and search_word, migration V11): ranked matches
 * with highlighted passages, and the closest known spelling of a word.
 */
@ApplicationScoped
class SearchIndex {

    /** Marks around matched words in ts_headline output; control characters, so they never occur in content. */
    static final String START_MARK = "\u0002";
    static final String STOP_MARK = "\u0003";

    /**
     * A matched item, its headline passages still carrying the marks. A reference's passage is its authors,
     * journal and year; an article's or treatment's comes from its summary and text.
     */
    record Match(SearchType type, String key, String title, String markedTitle, String markedSnippet, double rank,
            long total) {
    }

    /** References weigh less than care pages with the same text rank: patients look for care first. */
    private static final String SEARCH = """
            with query as (select websearch_to_tsquery('english', :q) as query),
            page as (
                select d.kind, d.key, d.title, d.summary, d.body,
                       ts_rank_cd(d.document, query.query, 1) * case d.kind when 'REFERENCE' then 0.6 else 1 end as rank,
                       count(*) over () as total
                from search_document d, query
                where d.document @@ query.query and d.kind = any (string_to_array(:kinds, ','))
                order by rank desc, d.kind, d.key
                limit :limit offset :offset)
            select page.kind, page.key, page.title,
                   ts_headline('english', page.title, query.query, :titleOptions),
                   ts_headline('english', case page.kind when 'REFERENCE' then page.summary
                                          else page.summary || ' ' || page.body end, query.query, :snippetOptions),
                   page.rank, page.total
            from page, query
            order by page.rank desc, page.kind, page.key
            """;

    private static final String COUNT = """
            select count(*) from search_document d
            where d.document @@ websearch_to_tsquery('english', :q) and d.kind = any (string_to_array(:kinds, ','))
            """;

    private static final String MARKS = "StartSel=" + START_MARK + ", StopSel=" + STOP_MARK;
    private static final String TITLE_OPTIONS = MARKS + ", HighlightAll=true";
    private static final String SNIPPET_OPTIONS = MARKS + ", MaxWords=30, MinWords=12, MaxFragments=2, "
            + "FragmentDelimiter=\" … \"";

    private final EntityManager entityManager;

    SearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Match> search(String q, Set<SearchType> types, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SEARCH)
                .setParameter("q", q)
                .setParameter("kinds", kinds(types))
                .setParameter("titleOptions", TITLE_OPTIONS)
                .setParameter("snippetOptions", SNIPPET_OPTIONS)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream().map(row -> new Match(SearchType.valueOf((String) row[0]), (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], ((Number) row[5]).doubleValue(),
                ((Number) row[6]).longValue())).toList();
    }

    long count(String q, Set<SearchType> types) {
        return ((Number) entityManager.createNativeQuery(COUNT)
                .setParameter("q", q)
                .setParameter("kinds", kinds(types))
                .getSingleResult()).longValue();
    }

    /** Whether some published item uses this word (in any form search_word records: lower case, unstemmed). */
    boolean isKnownWord(String word) {
        return !entityManager.createNativeQuery("select 1 from search_word where word = :word")
                .setParameter("word", word).getResultList().isEmpty();
    }

    /** The indexed word most like this one by trigram similarity (pg_trgm's default threshold), if any is. */
    Optional<String> closestWord(String word) {
        @SuppressWarnings("unchecked")
        List<String> closest = entityManager.createNativeQuery("""
                select word from search_word where word % :word
                order by similarity(word, :word) desc, documents desc, word limit 1
                """).setParameter("word", word).getResultList();
        return closest.stream().findFirst();
    }

    private static String kinds(Set<SearchType> types) {
        return types.stream().map(SearchType::name).collect(Collectors.joining(","));
    }
}
