package com.caringmedical.clinic.article;

import java.util.List;
import java.util.stream.IntStream;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.body.BodyHtml;
import com.caringmedical.clinic.body.HtmlTargets;
import com.caringmedical.clinic.reference.ReferenceMapper;
import com.caringmedical.clinic.reference.CitationStyle;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.TreatmentMapper;

final class ArticleMapper {

    private ArticleMapper() {
    }

    static ArticleSummaryView toSummary(Article article) {
        return new ArticleSummaryView(article.slug(), article.title(), article.summary(), author(article),
                List.copyOf(article.topics()), article.publishedAt(), article.updatedAt());
    }

    /** The article with its body as blocks, or rendered as HTML with these targets. */
    static ArticleView toView(Article article, BodyFormat format, HtmlTargets targets) {
        List<Reference> references = article.references();
        boolean html = format == BodyFormat.HTML;
        return new ArticleView(article.slug(), article.title(), article.summary(), author(article),
                List.copyOf(article.keyPoints()), List.copyOf(article.topics()), article.publishedAt(),
                article.updatedAt(),
                html ? null : List.copyOf(article.body()),
                html ? BodyHtml.render(article.body(), targets) : null,
                cited(references, CitationStyle.AMA),
                article.treatments().stream().map(TreatmentMapper::toSummary).toList());
    }

    static CitedReferencesView toCitedReferences(Article article, CitationStyle style) {
        return new CitedReferencesView(style, cited(article.references(), style));
    }

    private static List<ArticleView.CitedReferenceView> cited(List<Reference> references, CitationStyle style) {
        return IntStream.range(0, references.size())
                .mapToObj(i -> new ArticleView.CitedReferenceView(i + 1, ReferenceMapper.toView(references.get(i), style)))
                .toList();
    }

    private static ArticleAuthorView author(Article article) {
        return new ArticleAuthorView(article.authorName(), article.authorCredentials());
    }
}
