package com.caringmedical.clinic.article;

import java.util.Optional;

import com.caringmedical.clinic.body.BodyReferents;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.location.LocationService;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.treatment.TreatmentService;

/**
 * What an article's body may point at: its own references, and the clinic's content. A published article links to
 * published content only, so the public never follows a link into a draft; a draft may link to drafts (of articles
 * and treatment options) that will be published with it. Offices are linked to once published.
 */
record ArticleBodyReferents(ArticleForm form, ArticleRepository articles, TreatmentService treatments,
        LocationService offices, MediaService media) implements BodyReferents {

    @Override
    public int referenceCount() {
        return form.references().size();
    }

    @Override
    public Optional<String> refuseLink(Mark.InternalLink link) {
        boolean published = form.status() == PublicationStatus.PUBLISHED;
        String slug = link.slug();
        boolean found = switch (link.kind()) {
            case ARTICLE -> slug.equals(form.slug()) || articles.findBySlug(slug)
                    .filter(article -> !published || article.status() == PublicationStatus.PUBLISHED).isPresent();
            case TREATMENT -> treatments.findEntity(slug, published).isPresent();
            case OFFICE -> offices.findEntity(slug).isPresent();
        };
        if (found) {
            return Optional.empty();
        }
        String noun = switch (link.kind()) {
            case ARTICLE -> "article";
            case TREATMENT -> "treatment option";
            case OFFICE -> "office";
        };
        return Optional.of((published || link.kind() == Mark.LinkedKind.OFFICE ? "no published " : "no ") + noun
                + " has the slug '" + slug + "'");
    }

    @Override
    public Optional<String> refuseMedia(long mediaId) {
        return media.exists(mediaId) ? Optional.empty() : Optional.of("no media item has the id " + mediaId);
    }
}
