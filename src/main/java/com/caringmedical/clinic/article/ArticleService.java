package com.caringmedical.clinic.article;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "publishedAt", "publishedAt", "updatedAt", "updatedAt", "title", "title", "slug", "slug");
    static final String DEFAULT_SORT = "-publishedAt";

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    public PageView<ArticleSummaryView> list(String topic, String treatment, PageParams page, String sort) {
        return PageView.fetch(articles
                .findFiltered(topic, treatment, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, ArticleMapper::toSummary);
    }

    /**
     * The whole article. Loading it takes a fixed number of statements however long it is: the article, its
     * sections, its references, their authors (batched) and its treatments.
     */
    public Optional<ArticleView> find(String slug) {
        return articles.findBySlug(slug).map(ArticleMapper::toView);
    }
}
