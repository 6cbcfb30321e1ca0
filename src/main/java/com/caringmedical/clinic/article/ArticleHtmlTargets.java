package com.caringmedical.clinic.article;

import java.util.Map;
import java.util.Optional;

import com.caringmedical.clinic.body.BodyConfig;
import com.caringmedical.clinic.body.HtmlTargets;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.body.Picture;
import com.caringmedical.clinic.media.MediaView;

/**
 * Where an article's HTML points: the front-end's paths of linked content, and the files of the images it shows
 * (loaded together with the article, so rendering reads nothing more).
 */
record ArticleHtmlTargets(BodyConfig links, Map<Long, MediaView> media) implements HtmlTargets {

    @Override
    public String href(Mark.InternalLink link) {
        return links.href(link);
    }

    @Override
    public Optional<Picture> picture(long mediaId) {
        return Optional.ofNullable(media.get(mediaId)).map(image -> new Picture(image.src(), image.width(),
                image.height(), image.sources().stream()
                        .map(source -> new Picture.Source(source.type(), source.srcset())).toList()));
    }
}
