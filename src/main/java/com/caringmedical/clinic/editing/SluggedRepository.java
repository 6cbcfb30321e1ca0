package com.caringmedical.clinic.editing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/**
 * The lookups every content kind named by a slug needs: for the public (published only) and for editors (drafts
 * too, locked for a change). The entity has the properties {@code slug} and {@code status}.
 */
public interface SluggedRepository<E> extends PanacheRepository<E> {

    default Optional<E> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, PublicationStatus.PUBLISHED).firstResultOptional();
    }

    /** Every published item, by slug, with the time of its last save (the entity has {@code updatedAt} too). */
    default List<PublishedItem> findAllPublished() {
        return find("status = ?1", Sort.by("slug"), PublicationStatus.PUBLISHED).project(PublishedItem.class).list();
    }

    /** Any item, drafts included: for editors. */
    default Optional<E> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    default Optional<E> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Throws {@link SlugTaken} when another item than {@code except} (null when creating) has the slug. */
    default void checkSlugFree(String slug, E except, String anItem) {
        if (find("slug", slug).stream().anyMatch(other -> other != except)) {
            throw new SlugTaken(anItem, slug);
        }
    }
}
