package com.caringmedical.clinic.article;

import jakarta.enterprise.inject.Produces;

import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.Treatment;

/** Articles cite references and discuss treatment options: what they refer to stays while they do. */
class ArticleReferrers {

    @Produces
    Referrers<Reference> citingReferences(ArticleRepository articles) {
        return articles::countCiting;
    }

    @Produces
    Referrers<Treatment> discussingTreatments(ArticleRepository articles) {
        return articles::countDiscussing;
    }
}
