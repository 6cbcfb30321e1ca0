package com.caringmedical.clinic.reference;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublicationStatus;

@ApplicationScoped
class ReferenceRepository implements PanacheRepositoryBase<Reference, Long> {

    PanacheQuery<Reference> findPublished(Instant updatedSince, Sort sort) {
        return find("status = ?1 and updatedAt >= ?2", sort, PublicationStatus.PUBLISHED, updatedSince);
    }

    Optional<Reference> findPublishedById(long id) {
        return find("id = ?1 and status = ?2", id, PublicationStatus.PUBLISHED).firstResultOptional();
    }

    Optional<Reference> findByIdForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Optional<Reference> findByDoi(String doi) {
        return find("lower(doi) = lower(?1)", doi).firstResultOptional();
    }

    /** A reference whose title has the same letters and digits, ignoring case, spaces and punctuation. */
    Optional<Reference> findByTitleKey(String titleKey) {
        return find("regexp_replace(lower(title), '[^a-z0-9]+', '', 'g') = ?1 order by doi nulls first, id", titleKey)
                .firstResultOptional();
    }

    /** Another reference with this DOI or PubMed id (each identifies one publication). */
    boolean identifierTakenByAnother(String doi, String pmid, Long except) {
        return find("doi = ?1 or pmid = ?2", doi, pmid).stream().anyMatch(other -> !other.id().equals(except));
    }

}
