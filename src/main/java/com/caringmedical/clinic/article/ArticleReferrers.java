package com.caringmedical.clinic.article;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.Treatment;

/** Articles cite references and discuss treatment options: what they refer to stays while they do. */
final class ArticleReferrers {

    private ArticleReferrers() {
    }

    @ApplicationScoped
    static class CitingReferences implements Referrers<Reference> {

        private final ArticleRepository articles;

        CitingReferences(ArticleRepository articles) {
            this.articles = articles;
        }

        @Override
        public long countReferring(Reference reference, boolean publishedOnly) {
            return articles.countCiting(reference, publishedOnly);
        }
    }

    @ApplicationScoped
    static class DiscussingTreatments implements Referrers<Treatment> {

        private final ArticleRepository articles;

        DiscussingTreatments(ArticleRepository articles) {
            this.articles = articles;
        }

        @Override
        public long countReferring(Treatment treatment, boolean publishedOnly) {
            return articles.countDiscussing(treatment, publishedOnly);
        }
    }
}
