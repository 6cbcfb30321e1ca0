package com.caringmedical.clinic.location;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.PublicationStatus;

@ApplicationScoped
class LocationRepository implements PanacheRepository<Location> {

    /** What the public sees: published offices only. */
    PanacheQuery<Location> findPublished(Sort sort) {
        return find("status", sort, PublicationStatus.PUBLISHED);
    }

    Optional<Location> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, PublicationStatus.PUBLISHED).firstResultOptional();
    }

    /** Any office, drafts included: for editors. */
    Optional<Location> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    Optional<Location> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    boolean slugTakenByAnother(String slug, Location except) {
        return find("slug", slug).stream().anyMatch(other -> other != except);
    }

    /** Patients' questions that name this office (an office with questions is unpublished, not deleted). */
    long countQuestionsFor(Location location) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from question where location_id = :id")
                .setParameter("id", location.id()).getSingleResult()).longValue();
    }
}
