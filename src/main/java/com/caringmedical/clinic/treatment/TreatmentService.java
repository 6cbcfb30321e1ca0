package com.caringmedical.clinic.treatment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.editing.PublishedItem;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.media.MediaView;
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

    private final MediaService media;

    TreatmentService(TreatmentRepository treatments, ReferenceService references, MediaService media) {
        this.treatments = treatments;
        this.references = references;
        this.media = media;
    }

    /** Every published option's slug and last save, for the sitemap. */
    public List<PublishedItem> published() {
        return treatments.findAllPublished();
    }

    public PageView<TreatmentSummaryView> list(TreatmentCategory category, Instant updatedSince, PageParams page,
            String sort) {
        return summaries(PageView.fetch(treatments
                .findPublishedByCategory(category, updatedSince, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, treatment -> treatment));
    }

    /** The published treatment options whose evidence cites a published reference; empty when there is no such reference. */
    public Optional<PageView<TreatmentSummaryView>> listCiting(long referenceId, PageParams page, String sort) {
        return references.findEntity(referenceId).filter(Reference::isPublished)
                .map(r -> summaries(PageView.fetch(treatments.findPublishedCiting(referenceId,
                        SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page, treatment -> treatment)));
    }

    /** A page of options as cards, their featured images loaded for the page at once. */
    private PageView<TreatmentSummaryView> summaries(PageView<Treatment> found) {
        Map<Long, MediaView> images = media.findAll(found.items().stream().map(Treatment::featuredImage)
                .filter(Objects::nonNull).toList());
        return found.withItems(list -> list.stream().map(t -> TreatmentMapper.toSummary(t, images)).toList());
    }

    public Optional<TreatmentView> find(String slug) {
        return treatments.findPublishedBySlug(slug).map(this::view);
    }

    /** The treatment option as the public sees it once published, whatever its status (a preview of a draft). */
    TreatmentView view(Treatment treatment) {
        return TreatmentMapper.toView(treatment, treatments.findEvidence(treatment),
                treatment.featuredImage() == null ? null : media.find(treatment.featuredImage()).orElse(null));
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
