package com.caringmedical.clinic.treatment;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.SortOrder;

/** Treatment options: published ones for everyone, drafts too for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TreatmentService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("name", "name", "slug", "slug", "category", "category");
    static final String DEFAULT_SORT = "name";

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
}
