package com.caringmedical.clinic.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.body.BodyConfig;
import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.editing.PublishedItem;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.media.MediaView;
import com.caringmedical.clinic.reference.CitationStyle;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceExports;
import com.caringmedical.clinic.reference.ReferenceFormat;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.treatment.Treatment;
import com.caringmedical.clinic.treatment.TreatmentService;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "publishedAt", "publishedAt", "updatedAt", "updatedAt", "title", "title", "slug", "slug");
    /** Editors may sort by the next review's due date too. */
    static final Map<String, String> EDITOR_SORT_FIELDS = SortOrder.fields(
            "publishedAt", "publishedAt", "updatedAt", "updatedAt", "title", "title", "slug", "slug",
            "nextReviewDue", "nextReviewDue");
    static final String DEFAULT_SORT = "-publishedAt";

    private final ArticleRepository articles;
    private final ReferenceService references;
    private final TreatmentService treatments;
    private final MediaService media;
    private final BodyConfig links;

    ArticleService(ArticleRepository articles, ReferenceService references, TreatmentService treatments,
            MediaService media, BodyConfig links) {
        this.articles = articles;
        this.references = references;
        this.treatments = treatments;
        this.media = media;
        this.links = links;
    }

    /** Published articles as cards, filtered, saved at or after {@code updatedSince}. */
    public PageView<ArticleSummaryView> list(ArticleFilter filter, Instant updatedSince, PageParams page, String sort) {
        return list(filter.topic(), filter.treatment(), null, filter.author(), filter.reviewer(), updatedSince, page,
                sort);
    }

    /** The published articles that discuss a published treatment option; empty when there is no such option. */
    public Optional<PageView<ArticleSummaryView>> listDiscussing(String treatmentSlug, PageParams page, String sort) {
        return treatments.findEntity(treatmentSlug, true)
                .map(t -> list(null, treatmentSlug, null, null, null, Instant.EPOCH, page, sort));
    }

    /** The published articles that cite a published reference; empty when there is no such reference. */
    public Optional<PageView<ArticleSummaryView>> listCiting(long referenceId, PageParams page, String sort) {
        return references.findEntity(referenceId).filter(Reference::isPublished)
                .map(r -> list(null, null, referenceId, null, null, Instant.EPOCH, page, sort));
    }

    /** Every published article's slug and last save, for the sitemap. */
    public List<PublishedItem> published() {
        return articles.findAllPublished();
    }

    /** The {@code limit} published articles saved last, newest first, each with its id: for a feed. */
    public List<FeedArticle> newestChanged(int limit) {
        List<Article> newest = articles.findFiltered(null, null, null, null, null, Instant.EPOCH,
                Sort.descending("updatedAt").and("id")).range(0, limit - 1).list();
        Map<Long, MediaView> images = media.findAll(newest.stream().map(Article::featuredImage)
                .filter(Objects::nonNull).toList());
        return newest.stream()
                .map(article -> new FeedArticle(article.id(), ArticleMapper.toSummary(article, images)))
                .toList();
    }

    /** A published article as a feed shows it: its card, and its id, which stays when the slug changes. */
    public record FeedArticle(long id, ArticleSummaryView article) {
    }

    /** Published articles as cards, each filter applying when it is not null. */
    private PageView<ArticleSummaryView> list(String topic, String treatment, Long reference, String author,
            String reviewer, Instant updatedSince, PageParams page, String sort) {
        PageView<Article> found = PageView.fetch(articles.findFiltered(topic, treatment, reference, author, reviewer,
                updatedSince,
                SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page, article -> article);
        Map<Long, MediaView> images = media.findAll(found.items().stream().map(Article::featuredImage)
                .filter(Objects::nonNull).toList());
        return found.withItems(list -> list.stream().map(article -> ArticleMapper.toSummary(article, images)).toList());
    }

    /** The article's images, and the featured images of the treatment options it shows as cards. */
    private static List<Long> imagesShownWith(Article article) {
        List<Long> images = new ArrayList<>(article.images());
        article.treatments().stream().map(Treatment::featuredImage).filter(Objects::nonNull).forEach(images::add);
        return images;
    }

    /**
     * The whole article, its body as blocks or as HTML. Loading it takes a fixed number of statements however long
     * it is: the article with its body, its references, their authors (batched) and its treatments.
     */
    public Optional<ArticleView> find(String slug, BodyFormat format) {
        return articles.findPublishedBySlug(slug).map(article -> view(article, format));
    }

    /** The article as the public sees it once published, whatever its status (a preview of a draft). */
    ArticleView view(Article article, BodyFormat format) {
        return ArticleMapper.toView(article, BodyFormat.orDefault(format), links, media.findAll(imagesShownWith(article)));
    }

    /** The references a published article cites, numbered in citation order, with citations in the given style. */
    public Optional<CitedReferencesView> findReferences(String slug, CitationStyle style) {
        return articles.findPublishedBySlug(slug).map(article -> ArticleMapper.toCitedReferences(article, style));
    }

    /** The references a published article cites, in citation order, in a reference manager's format. */
    public Optional<String> exportReferences(String slug, ReferenceFormat format) {
        return articles.findPublishedBySlug(slug).map(article -> ReferenceExports.write(format, article.references()));
    }

    /**
     * For editors: every article, drafts included; or, with {@code reviewDueBy}, the published articles whose
     * medical review is due by that day or that no one has reviewed yet, the most overdue first.
     */
    public PageView<ArticleForm> listForEditors(LocalDate reviewDueBy, PageParams page, String sort) {
        if (reviewDueBy == null) {
            return PageView.fetch(articles.findAll(SortOrder.parse(sort, EDITOR_SORT_FIELDS, DEFAULT_SORT)), page,
                    ArticleForm::of);
        }
        return PageView.fetch(articles.findReviewDue(reviewDueBy, sort == null || sort.isBlank()
                ? Sort.by("nextReviewDue", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST).and("title")
                : SortOrder.parse(sort, EDITOR_SORT_FIELDS, DEFAULT_SORT)), page, ArticleForm::of);
    }
}
