package com.caringmedical.clinic.treatment;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class TreatmentRepository implements PanacheRepository<Treatment> {

    PanacheQuery<Treatment> findByCategory(TreatmentCategory category, Sort sort) {
        return category == null ? findAll(sort) : find("category", sort, category);
    }

    Optional<Treatment> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The treatment's evidence in order, with each cited reference fetched in the same statement. */
    List<EvidenceFinding> findEvidence(Treatment treatment) {
        return getEntityManager().createQuery(
                        "from EvidenceFinding e join fetch e.reference where e.treatment = :treatment order by e.position",
                        EvidenceFinding.class)
                .setParameter("treatment", treatment)
                .getResultList();
    }
}
