package com.caringmedical.clinic.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.text.StringEscapeUtils;

import com.caringmedical.clinic.web.paging.PageParams;

/**
 * Searches the published content: PostgreSQL full-text search with English stemming, ranked with the title
 * weighing more than the summary and the summary more than the text. A query that matches nothing is tried once
 * more with each unknown word replaced by the closest indexed word, and the answer says so.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    private final SearchIndex index;

    SearchService(SearchIndex index) {
        this.index = index;
    }

    public SearchResultsView search(String q, Set<SearchType> types, PageParams page) {
        Set<SearchType> kinds = types == null || types.isEmpty() ? EnumSet.allOf(SearchType.class) : types;
        String query = q.strip();
        List<SearchIndex.Match> matches = index.search(query, kinds, page.offset(), page.size());
        String didYouMean = null;
        if (matches.isEmpty() && (page.page() == 1 || index.count(query, kinds) == 0)) {
            String respelled = respell(query);
            if (respelled != null && index.count(respelled, kinds) > 0) {
                didYouMean = respelled;
                query = respelled;
                matches = index.search(query, kinds, page.offset(), page.size());
            }
        }
        long total = !matches.isEmpty() ? matches.get(0).total() : page.page() == 1 ? 0 : index.count(query, kinds);
        int totalPages = (int) ((total + page.size() - 1) / page.size());
        return new SearchResultsView(matches.stream().map(SearchService::toHit).toList(), page.page(), page.size(),
                total, totalPages, q, didYouMean);
    }

    /** The query with each word no published item uses replaced by the closest one that is; null if none is. */
    private String respell(String query) {
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String closest = word.length() < 3 || index.isKnownWord(word) ? word : index.closestWord(word).orElse(word);
            changed |= !closest.equals(word);
            words.add(closest);
        }
        return changed ? String.join(" ", words) : null;
    }

    private static SearchHitView toHit(SearchIndex.Match match) {
        boolean bySlug = match.type() != SearchType.REFERENCE;
        return new SearchHitView(match.type(), bySlug ? match.key() : null, bySlug ? null : Long.valueOf(match.key()),
                match.type().path(match.key()), match.title(), html(match.markedTitle()), text(match.markedSnippet()),
                html(match.markedSnippet()), match.rank());
    }

    private static String text(String marked) {
        return marked.replace(SearchIndex.START_MARK, "").replace(SearchIndex.STOP_MARK, "");
    }

    private static String html(String marked) {
        return StringEscapeUtils.escapeHtml4(marked)
                .replace(SearchIndex.START_MARK, "<mark>").replace(SearchIndex.STOP_MARK, "</mark>");
    }
}
