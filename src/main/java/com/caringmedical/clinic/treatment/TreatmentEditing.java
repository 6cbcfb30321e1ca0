package com.caringmedical.clinic.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.editing.SluggedKind;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * Treatment options as editors keep them, with their evidence: each finding cites a reference, and a changed
 * finding alone gives the treatment a new version. One that articles discuss stays published and stays.
 */
@Singleton
class TreatmentEditing extends SluggedKind<Treatment, TreatmentForm> {

    static final String AN_ITEM = "A treatment";

    static final class DiscussedByArticles extends ProblemException {
        DiscussedByArticles(long articles, String what) {
            super(ProblemType.CONFLICT, articles + " article(s) discuss or link to this treatment, so it cannot be " + what
                    + " while they do.");
        }
    }

    private final TreatmentRepository treatments;
    private final ReferenceService references;
    private final Instance<Referrers<Treatment>> referrers;

    private final MediaService media;
    private final TreatmentService views;

    TreatmentEditing(TreatmentRepository treatments, ReferenceService references,
            Instance<Referrers<Treatment>> referrers, MediaService media, TreatmentService views) {
        super(treatments, "treatment", "treatments", TreatmentForm.class);
        this.treatments = treatments;
        this.references = references;
        this.referrers = referrers;
        this.media = media;
        this.views = views;
    }

    @Override
    public Optional<Object> previewOf(Treatment treatment, BodyFormat format) {
        return Optional.of(views.view(treatment));
    }

    @Override
    public TreatmentForm formOf(Treatment treatment) {
        return TreatmentForm.of(treatment, treatments.findEvidence(treatment));
    }

    @Override
    public Treatment create(TreatmentForm form) {
        List<Reference> cited = checked(form);
        treatments.checkSlugFree(form.slug(), null, AN_ITEM);
        Treatment treatment = new Treatment(form);
        treatments.persist(treatment);
        treatments.replaceEvidence(treatment, findings(treatment, form, cited));
        return treatment;
    }

    @Override
    public void replace(Treatment treatment, TreatmentForm form) {
        List<Reference> cited = checked(form);
        treatments.checkSlugFree(form.slug(), treatment, AN_ITEM);
        if (form.status() != PublicationStatus.PUBLISHED && treatment.status() == PublicationStatus.PUBLISHED) {
            long articles = discussing(treatment, true);
            if (articles > 0) {
                throw new DiscussedByArticles(articles, "unpublished");
            }
        }
        List<EvidenceFinding> newEvidence = findings(treatment, form, cited);
        boolean evidenceChanged = !evidenceOf(treatments.findEvidence(treatment)).equals(evidenceOf(newEvidence));
        int before = treatment.version();
        treatment.apply(form);
        treatments.flush();
        if (evidenceChanged) {
            treatments.replaceEvidence(treatment, newEvidence);
            if (treatment.version() == before) {
                treatments.forceNewVersion(treatment);
            }
        }
    }

    @Override
    public void delete(Treatment treatment) {
        long articles = discussing(treatment, false);
        if (articles > 0) {
            throw new DiscussedByArticles(articles, "deleted");
        }
        treatments.replaceEvidence(treatment, List.of());
        treatments.delete(treatment);
    }

    private long discussing(Treatment treatment, boolean publishedOnly) {
        return referrers.stream().mapToLong(referrer -> referrer.countReferring(treatment, publishedOnly)).sum();
    }

    /**
     * Rules Bean Validation cannot express: every cited reference exists (and is published, for a published
     * treatment), and a session range does not run backwards. Returns the cited references in the order of the evidence.
     */
    private List<Reference> checked(TreatmentForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Reference> cited = new ArrayList<>();
        for (int i = 0; i < form.evidence().size(); i++) {
            long id = form.evidence().get(i).referenceId();
            Optional<Reference> reference = references.findEntity(id);
            if (reference.isEmpty()) {
                errors.add(new Problem.FieldError("evidence[" + i + "].referenceId", "no reference has the id " + id));
            } else if (form.status() == PublicationStatus.PUBLISHED && !reference.get().isPublished()) {
                errors.add(new Problem.FieldError("evidence[" + i + "].referenceId", "reference " + id + " is a draft"));
            } else {
                cited.add(reference.get());
            }
        }
        TreatmentForm.CourseForm course = form.typicalCourse();
        if (course != null && course.sessionsMin() != null && course.sessionsMax() != null
                && course.sessionsMax() < course.sessionsMin()) {
            errors.add(new Problem.FieldError("typicalCourse.sessionsMax", "must not be less than sessionsMin"));
        }
        if (form.featuredImage() != null && !media.exists(form.featuredImage())) {
            errors.add(new Problem.FieldError("featuredImage", "no media item has the id " + form.featuredImage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return cited;
    }

    private static List<EvidenceFinding> findings(Treatment treatment, TreatmentForm form, List<Reference> cited) {
        List<EvidenceFinding> findings = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            findings.add(new EvidenceFinding(treatment, i, form.evidence().get(i).finding().strip(), cited.get(i)));
        }
        return findings;
    }

    /** What a list of findings says, to compare: each finding's text and reference, in order. */
    private static List<TreatmentForm.EvidenceForm> evidenceOf(List<EvidenceFinding> findings) {
        return findings.stream().map(e -> new TreatmentForm.EvidenceForm(e.finding(), e.reference().id())).toList();
    }
}
