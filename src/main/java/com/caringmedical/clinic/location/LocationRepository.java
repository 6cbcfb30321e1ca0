package com.caringmedical.clinic.location;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
class LocationRepository implements SluggedRepository<Location> {

    /** The slugs of the offices whose featured image the image is; drafts too. */
    List<String> slugsShowing(long mediaId) {
        return find("featuredImage = ?1", Sort.by("slug"), mediaId).stream().map(Location::slug).toList();
    }

    @Produces
    static RedirectTarget redirectableOffices(LocationRepository offices) {
        return new RedirectTarget(RedirectKind.OFFICE, slug -> offices.findBySlug(slug).isPresent());
    }

    /** An office shows its featured image. */
    @Produces
    static MediaUsers officesShowingImages(LocationRepository offices) {
        return media -> MediaUse.each("office", offices.slugsShowing(media));
    }

    /** What the public sees: published offices only. */
    PanacheQuery<Location> findPublished(Instant updatedSince, Sort sort) {
        return find("status = ?1 and updatedAt >= ?2", sort, PublicationStatus.PUBLISHED, updatedSince);
    }

    /** The published offices' ids by slug. */
    Map<String, Long> publishedIdsBySlug() {
        return getEntityManager().createQuery("select slug, id from Location where status = :status", Object[].class)
                .setParameter("status", PublicationStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
