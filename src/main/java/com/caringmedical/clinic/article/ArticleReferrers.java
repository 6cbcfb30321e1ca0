package com.caringmedical.clinic.article;

import jakarta.enterprise.inject.Produces;

import com.caringmedical.clinic.author.Author;
import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.Treatment;
import com.caringmedical.clinic.redirect.RedirectKind;
import com.caringmedical.clinic.redirect.RedirectTarget;

/** Articles cite references and discuss or link to treatment options: what they refer to stays while they do. */
class ArticleReferrers {

    @Produces
    Referrers<Reference> citingReferences(ArticleRepository articles) {
        return articles::countCiting;
    }

    /** Redirects may lead to any article, drafts included. */
    @Produces
    RedirectTarget redirectableArticles(ArticleRepository articles) {
        return new RedirectTarget(RedirectKind.ARTICLE, slug -> articles.findBySlug(slug).isPresent());
    }

    /** Articles show images: a featured image, and images in their body. */
    @Produces
    MediaUsers articlesShowingImages(ArticleRepository articles) {
        return media -> MediaUse.each("article", articles.slugsShowing(media));
    }

    /** Articles name their author and medical reviewer. */
    @Produces
    Referrers<Author> namingAuthors(ArticleRepository articles) {
        return articles::countNaming;
    }

    /** Articles discuss a treatment option by naming it, or link to it from their body. */
    @Produces
    Referrers<Treatment> discussingTreatments(ArticleRepository articles) {
        return articles::countDiscussingOrLinking;
    }
}
