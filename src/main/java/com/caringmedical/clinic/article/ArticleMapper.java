package com.caringmedical.clinic.article;

import java.util.List;
import java.util.stream.IntStream;

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

    static ArticleView toView(Article article) {
        List<Reference> references = article.references();
        return new ArticleView(article.slug(), article.title(), article.summary(), author(article),
                List.copyOf(article.keyPoints()), List.copyOf(article.topics()), article.publishedAt(),
                article.updatedAt(),
                article.sections().stream()
                        .map(s -> new ArticleView.SectionView(s.heading(), List.copyOf(s.paragraphs())))
                        .toList(),
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
