package com.caringmedical.clinic.treatment;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.PublicationStatus;

@ApplicationScoped
class TreatmentRepository implements PanacheRepository<Treatment> {

    /** Published treatments, of one category or (null) of all. */
    PanacheQuery<Treatment> findPublishedByCategory(TreatmentCategory category, Sort sort) {
        return category == null ? find("status", sort, PublicationStatus.PUBLISHED)
                : find("status = ?1 and category = ?2", sort, PublicationStatus.PUBLISHED, category);
    }

    /** Published treatments whose evidence cites the reference. */
    PanacheQuery<Treatment> findPublishedCiting(long referenceId, Sort sort) {
        return find("status = ?1 and id in (select e.treatment.id from EvidenceFinding e where e.reference.id = ?2)",
                sort, PublicationStatus.PUBLISHED, referenceId);
    }

    Optional<Treatment> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, PublicationStatus.PUBLISHED).firstResultOptional();
    }

    /** Any treatment, drafts included: for editors. */
    Optional<Treatment> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    Optional<Treatment> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    boolean slugTakenByAnother(String slug, Treatment except) {
        return find("slug", slug).stream().anyMatch(other -> other != except);
    }

    /**
     * Gives the treatment a new version now: for a save that changed only its evidence (rows of their own, which
     * Hibernate's versioning does not see), so that its ETag changes whenever anything in it does.
     */
    void forceNewVersion(Treatment treatment) {
        getEntityManager().lock(treatment, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Replaces the treatment's evidence with these findings, in this order. */
    void replaceEvidence(Treatment treatment, List<EvidenceFinding> findings) {
        getEntityManager().createQuery("delete from EvidenceFinding e where e.treatment = :treatment")
                .setParameter("treatment", treatment).executeUpdate();
        findings.forEach(getEntityManager()::persist);
    }

    /** Published articles that discuss the treatment: it stays published while they do. */
    long countPublishedArticlesFor(Treatment treatment) {
        return ((Number) getEntityManager().createNativeQuery("""
                select count(*) from article_treatment at join article a on a.id = at.article_id
                 where at.treatment_id = :id and a.status = 'PUBLISHED'""")
                .setParameter("id", treatment.id()).getSingleResult()).longValue();
    }

    /** Articles, drafts included, that name the treatment: it exists while they do. */
    long countArticlesFor(Treatment treatment) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from article_treatment where treatment_id = :id")
                .setParameter("id", treatment.id()).getSingleResult()).longValue();
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
