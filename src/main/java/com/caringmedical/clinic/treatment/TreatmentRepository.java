package com.caringmedical.clinic.treatment;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.editing.SluggedRepository;
import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;
import com.caringmedical.clinic.redirect.RedirectKind;
import com.caringmedical.clinic.redirect.RedirectTarget;
import com.caringmedical.clinic.reference.Reference;

@ApplicationScoped
class TreatmentRepository implements SluggedRepository<Treatment> {

    /** The slugs of the treatment options whose featured image the image is; drafts too. */
    List<String> slugsShowing(long mediaId) {
        return find("featuredImage = ?1", Sort.by("slug"), mediaId).stream().map(Treatment::slug).toList();
    }

    /** Published treatments, of one category or (null) of all. */
    PanacheQuery<Treatment> findPublishedByCategory(TreatmentCategory category, Instant updatedSince, Sort sort) {
        return category == null ? find("status = ?1 and updatedAt >= ?2", sort, PublicationStatus.PUBLISHED, updatedSince)
                : find("status = ?1 and updatedAt >= ?2 and category = ?3", sort, PublicationStatus.PUBLISHED,
                        updatedSince, category);
    }

    /** Published treatments whose evidence cites the reference. */
    PanacheQuery<Treatment> findPublishedCiting(long referenceId, Sort sort) {
        return find("status = ?1 and id in (select e.treatment.id from EvidenceFinding e where e.reference.id = ?2)",
                sort, PublicationStatus.PUBLISHED, referenceId);
    }

    /**
     * Gives the treatment a new version now: for a save that changed only its evidence (rows of their own, which
     * Hibernate's versioning does not see), so that its ETag changes whenever anything in it does.
     */
    void forceNewVersion(Treatment treatment) {
        getEntityManager().lock(treatment, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Replaces the treatment's evidence with these findings, in this order. */
    /**
     * Removes the treatment's findings as entities (findings read earlier in the transaction, for the revision of the
     * change, must not outlive their rows) and flushes, so that the new findings take their positions after.
     */
    void replaceEvidence(Treatment treatment, List<EvidenceFinding> findings) {
        getEntityManager().createQuery("from EvidenceFinding e where e.treatment = :treatment", EvidenceFinding.class)
                .setParameter("treatment", treatment).getResultList().forEach(getEntityManager()::remove);
        getEntityManager().flush();
        findings.forEach(getEntityManager()::persist);
    }

    /** The treatment's evidence in order, with each cited reference fetched in the same statement. */
    List<EvidenceFinding> findEvidence(Treatment treatment) {
        return getEntityManager().createQuery(
                        "from EvidenceFinding e join fetch e.reference where e.treatment = :treatment order by e.position",
                        EvidenceFinding.class)
                .setParameter("treatment", treatment)
                .getResultList();
    }

    /** Evidence findings cite references: a reference stays while one does. */
    @Produces
    static RedirectTarget redirectableTreatments(TreatmentRepository treatments) {
        return new RedirectTarget(RedirectKind.TREATMENT, slug -> treatments.findBySlug(slug).isPresent());
    }

    /** A treatment option shows its featured image. */
    @Produces
    static MediaUsers treatmentsShowingImages(TreatmentRepository treatments) {
        return media -> MediaUse.each("treatment", treatments.slugsShowing(media));
    }

    @Produces
    static Referrers<Reference> evidenceCitingReferences(TreatmentRepository treatments) {
        return treatments::countEvidenceCiting;
    }

    /** Evidence findings that cite the reference: of published treatments only, or of drafts too. */
    long countEvidenceCiting(Reference reference, boolean publishedOnly) {
        return getEntityManager().createQuery("select count(e) from EvidenceFinding e where e.reference = :reference"
                + " and (:all = true or e.treatment.status = :published)", Long.class)
                .setParameter("reference", reference)
                .setParameter("all", !publishedOnly)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .getSingleResult();
    }
}
