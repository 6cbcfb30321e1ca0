package com.caringmedical.clinic.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.logging.Logger;

import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.web.IfMatch;
import com.caringmedical.clinic.web.InvalidFieldsException;
import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.Problem;
import com.caringmedical.clinic.web.ProblemException;
import com.caringmedical.clinic.web.ProblemType;
import com.caringmedical.clinic.web.PublicationStatus;
import com.caringmedical.clinic.web.SortOrder;

/** Treatment options: published ones for everyone, drafts too for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TreatmentService {

    private static final Logger LOG = Logger.getLogger(TreatmentService.class);

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("name", "name", "slug", "slug", "category", "category");
    static final String DEFAULT_SORT = "name";

    /** A treatment as an editor sees it, with the tag of its current version. */
    public record Edited(TreatmentForm treatment, EntityTag tag) {
    }

    static final class SlugTaken extends ProblemException {
        SlugTaken(String slug) {
            super(ProblemType.ALREADY_EXISTS, "A treatment with the slug '" + slug + "' exists already.");
        }
    }

    static final class DiscussedByArticles extends ProblemException {
        DiscussedByArticles(long articles, String what) {
            super(ProblemType.CONFLICT, articles + " article(s) discuss this treatment, so it cannot be " + what
                    + " while they do.");
        }
    }

    private final TreatmentRepository treatments;
    private final ReferenceService references;

    TreatmentService(TreatmentRepository treatments, ReferenceService references) {
        this.treatments = treatments;
        this.references = references;
    }

    public PageView<TreatmentSummaryView> list(TreatmentCategory category, PageParams page, String sort) {
        return PageView.fetch(treatments
                .findPublishedByCategory(category, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, TreatmentMapper::toSummary);
    }

    /** The published treatment options whose evidence cites a published reference; empty when there is no such reference. */
    public Optional<PageView<TreatmentSummaryView>> listCiting(long referenceId, PageParams page, String sort) {
        return references.findEntity(referenceId).filter(Reference::isPublished)
                .map(r -> PageView.fetch(treatments.findPublishedCiting(referenceId,
                        SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page, TreatmentMapper::toSummary));
    }

    public Optional<TreatmentView> find(String slug) {
        return treatments.findPublishedBySlug(slug)
                .map(treatment -> TreatmentMapper.toView(treatment, treatments.findEvidence(treatment)));
    }

    /** A treatment an article may name: a published one, or (for a draft article) any. */
    public Optional<Treatment> findEntity(String slug, boolean publishedOnly) {
        return publishedOnly ? treatments.findPublishedBySlug(slug) : treatments.findBySlug(slug);
    }

    /** For editors: every treatment, drafts included. */
    public PageView<TreatmentForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(treatments.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                treatment -> TreatmentForm.of(treatment, treatments.findEvidence(treatment)));
    }

    public Optional<Edited> findForEditors(String slug) {
        return treatments.findBySlug(slug).map(this::edited);
    }

    @Transactional
    public Edited create(TreatmentForm form, String editor) {
        List<Reference> cited = checked(form);
        if (treatments.findBySlug(form.slug()).isPresent()) {
            throw new SlugTaken(form.slug());
        }
        Treatment treatment = new Treatment(form);
        treatments.persist(treatment);
        treatments.replaceEvidence(treatment, findings(treatment, form, cited));
        treatments.flush();
        LOG.infof("Editor '%s' created the treatment '%s' (%s)", editor, treatment.slug(), treatment.status());
        return edited(treatment);
    }

    /** Replaces a treatment if {@code ifMatch} names its current version; empty when there is no such treatment. */
    @Transactional
    public Optional<Edited> replace(String slug, String ifMatch, TreatmentForm form, String editor) {
        return treatments.findBySlugForUpdate(slug).map(treatment -> {
            IfMatch.check(ifMatch, tagOf(treatment));
            List<Reference> cited = checked(form);
            if (!form.slug().equals(slug) && treatments.slugTakenByAnother(form.slug(), treatment)) {
                throw new SlugTaken(form.slug());
            }
            if (form.status() != PublicationStatus.PUBLISHED && treatment.status() == PublicationStatus.PUBLISHED) {
                long articles = treatments.countPublishedArticlesFor(treatment);
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
            LOG.infof("Editor '%s' changed the treatment '%s' (%s)", editor, treatment.slug(), treatment.status());
            return edited(treatment);
        });
    }

    /** Deletes a treatment no article discusses; false when there is no such treatment. */
    @Transactional
    public boolean delete(String slug, String ifMatch, String editor) {
        return treatments.findBySlugForUpdate(slug).map(treatment -> {
            IfMatch.check(ifMatch, tagOf(treatment));
            long articles = treatments.countArticlesFor(treatment);
            if (articles > 0) {
                throw new DiscussedByArticles(articles, "deleted");
            }
            treatments.replaceEvidence(treatment, List.of());
            treatments.delete(treatment);
            LOG.infof("Editor '%s' deleted the treatment '%s'", editor, slug);
            return true;
        }).orElse(false);
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

    private Edited edited(Treatment treatment) {
        return new Edited(TreatmentForm.of(treatment, treatments.findEvidence(treatment)), tagOf(treatment));
    }

    private static EntityTag tagOf(Treatment treatment) {
        return IfMatch.versionTag(treatment.version());
    }
}
