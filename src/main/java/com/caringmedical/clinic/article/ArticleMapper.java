package com.caringmedical.clinic.article;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import com.caringmedical.clinic.author.AuthorSummaryView;
import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.body.BodyHtml;
import com.caringmedical.clinic.body.BodyConfig;
import com.caringmedical.clinic.body.BodyImages;
import com.caringmedical.clinic.media.MediaView;
import com.caringmedical.clinic.reference.ReferenceMapper;
import com.caringmedical.clinic.reference.CitationStyle;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.TreatmentMapper;

final class ArticleMapper {

    private ArticleMapper() {
    }

    /** The article in a list, its featured image taken from {@code images} (loaded for the whole page at once). */
    static ArticleSummaryView toSummary(Article article, Map<Long, MediaView> images) {
        return new ArticleSummaryView(article.slug(), article.title(), article.summary(),
                AuthorSummaryView.of(article.author()), featured(article, images),
                List.copyOf(article.topics()), article.publishedAt(), article.updatedAt());
    }

    /**
     * The article with its body as blocks, or rendered as HTML; {@code images} holds every media item it shows
     * (an image deleted since is left out).
     */
    static ArticleView toView(Article article, BodyFormat format, BodyConfig links, Map<Long, MediaView> images) {
        List<Reference> references = article.references();
        boolean html = format == BodyFormat.HTML;
        return new ArticleView(article.slug(), article.title(), article.summary(),
                AuthorSummaryView.of(article.author()), featured(article, images),
                article.reviewer() == null ? null : AuthorSummaryView.of(article.reviewer()), article.lastReviewedAt(),
                List.copyOf(article.keyPoints()), List.copyOf(article.topics()), article.publishedAt(),
                article.updatedAt(),
                html ? null : List.copyOf(article.body()),
                html ? BodyHtml.render(article.body(), new ArticleHtmlTargets(links, images)) : null,
                BodyImages.shownIn(article.body()).stream().map(images::get).filter(Objects::nonNull).toList(),
                cited(references, CitationStyle.AMA),
                article.treatments().stream().map(t -> TreatmentMapper.toSummary(t, images)).toList());
    }

    private static MediaView featured(Article article, Map<Long, MediaView> images) {
        return article.featuredImage() == null ? null : images.get(article.featuredImage());
    }

    static CitedReferencesView toCitedReferences(Article article, CitationStyle style) {
        return new CitedReferencesView(style, cited(article.references(), style));
    }

    private static List<ArticleView.CitedReferenceView> cited(List<Reference> references, CitationStyle style) {
        return IntStream.range(0, references.size())
                .mapToObj(i -> new ArticleView.CitedReferenceView(i + 1, ReferenceMapper.toView(references.get(i), style)))
                .toList();
    }
}
