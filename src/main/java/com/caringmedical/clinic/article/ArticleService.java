package com.caringmedical.clinic.article;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.reference.CitationStyle;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceExports;
import com.caringmedical.clinic.reference.ReferenceFormat;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.treatment.TreatmentService;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "publishedAt", "publishedAt", "updatedAt", "updatedAt", "title", "title", "slug", "slug");
    static final String DEFAULT_SORT = "-publishedAt";

    private final ArticleRepository articles;
    private final ReferenceService references;
    private final TreatmentService treatments;
    private final ArticleHtmlTargets htmlTargets;

    ArticleService(ArticleRepository articles, ReferenceService references, TreatmentService treatments,
            ArticleHtmlTargets htmlTargets) {
        this.articles = articles;
        this.references = references;
        this.treatments = treatments;
        this.htmlTargets = htmlTargets;
    }

    public PageView<ArticleSummaryView> list(String topic, String treatment, PageParams page, String sort) {
        return list(topic, treatment, null, page, sort);
    }

    /** The published articles that discuss a published treatment option; empty when there is no such option. */
    public Optional<PageView<ArticleSummaryView>> listDiscussing(String treatmentSlug, PageParams page, String sort) {
        return treatments.findEntity(treatmentSlug, true).map(t -> list(null, treatmentSlug, null, page, sort));
    }

    /** The published articles that cite a published reference; empty when there is no such reference. */
    public Optional<PageView<ArticleSummaryView>> listCiting(long referenceId, PageParams page, String sort) {
        return references.findEntity(referenceId).filter(Reference::isPublished)
                .map(r -> list(null, null, referenceId, page, sort));
    }

    private PageView<ArticleSummaryView> list(String topic, String treatment, Long reference, PageParams page,
            String sort) {
        return PageView.fetch(articles
                .findFiltered(topic, treatment, reference, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, ArticleMapper::toSummary);
    }

    /**
     * The whole article, its body as blocks or as HTML. Loading it takes a fixed number of statements however long
     * it is: the article with its body, its references, their authors (batched) and its treatments.
     */
    public Optional<ArticleView> find(String slug, BodyFormat format) {
        return articles.findPublishedBySlug(slug)
                .map(article -> ArticleMapper.toView(article, BodyFormat.orDefault(format), htmlTargets));
    }

    /** The references a published article cites, numbered in citation order, with citations in the given style. */
    public Optional<CitedReferencesView> findReferences(String slug, CitationStyle style) {
        return articles.findPublishedBySlug(slug).map(article -> ArticleMapper.toCitedReferences(article, style));
    }

    /** The references a published article cites, in citation order, in a reference manager's format. */
    public Optional<String> exportReferences(String slug, ReferenceFormat format) {
        return articles.findPublishedBySlug(slug).map(article -> ReferenceExports.write(format, article.references()));
    }

    /** For editors: every article, drafts included. */
    public PageView<ArticleForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(articles.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                ArticleForm::of);
    }
}
