package com.caringmedical.clinic.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;

/** Articles show images as their featured image and in their body; the library keeps those while they do. */
@ApplicationScoped
class ArticleMediaUsers implements MediaUsers {

    private final ArticleRepository articles;

    ArticleMediaUsers(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        return articles.slugsShowing(mediaId).stream().map(slug -> new MediaUse("article", slug)).toList();
    }
}
