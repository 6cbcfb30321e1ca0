package com.caringmedical.clinic.article;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.body.BodyConfig;
import com.caringmedical.clinic.body.HtmlTargets;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.body.Picture;

/** Where an article's HTML points: the front-end's paths of linked content, and the media library's files. */
@ApplicationScoped
class ArticleHtmlTargets implements HtmlTargets {

    private final BodyConfig links;

    ArticleHtmlTargets(BodyConfig links) {
        this.links = links;
    }

    @Override
    public String href(Mark.InternalLink link) {
        return links.href(link);
    }

    @Override
    public Optional<Picture> picture(long mediaId) {
        return Optional.empty();
    }
}
