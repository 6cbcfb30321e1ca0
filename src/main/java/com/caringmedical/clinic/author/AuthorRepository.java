package com.caringmedical.clinic.author;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedRepository;
import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;
import com.caringmedical.clinic.redirect.RedirectKind;
import com.caringmedical.clinic.redirect.RedirectTarget;

@ApplicationScoped
class AuthorRepository implements SluggedRepository<Author> {

    /** The slugs of the authors whose photo the image is; drafts too. */
    List<String> slugsShowing(long mediaId) {
        return find("photo = ?1", Sort.by("slug"), mediaId).stream().map(Author::slug).toList();
    }

    @Produces
    static RedirectTarget redirectableAuthors(AuthorRepository authors) {
        return new RedirectTarget(RedirectKind.AUTHOR, slug -> authors.findBySlug(slug).isPresent());
    }

    /** An author's profile shows their photo. */
    @Produces
    static MediaUsers authorsShowingPhotos(AuthorRepository authors) {
        return media -> MediaUse.each("author", authors.slugsShowing(media));
    }

    PanacheQuery<Author> findPublished(Instant updatedSince, Sort sort) {
        return find("status = ?1 and updatedAt >= ?2", sort, PublicationStatus.PUBLISHED, updatedSince);
    }
}
