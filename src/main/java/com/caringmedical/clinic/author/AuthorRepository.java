package com.caringmedical.clinic.author;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedRepository;
import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;

@ApplicationScoped
class AuthorRepository implements SluggedRepository<Author> {

    /** The slugs of the authors whose photo the image is; drafts too. */
    List<String> slugsShowing(long mediaId) {
        return find("photo = ?1", Sort.by("slug"), mediaId).stream().map(Author::slug).toList();
    }

    /** An author's profile shows their photo. */
    @Produces
    static MediaUsers authorsShowingPhotos(AuthorRepository authors) {
        return media -> MediaUse.each("author", authors.slugsShowing(media));
    }

    PanacheQuery<Author> findPublished(Sort sort) {
        return find("status", sort, PublicationStatus.PUBLISHED);
    }
}
