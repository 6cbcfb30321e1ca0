package com.caringmedical.clinic.reference;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    /** Sort keys clients may use, mapped to entity properties. */
    static final Map<String, String> SORT_FIELDS = SortOrder.fields("id", "id", "year", "year", "title", "title");
    static final String DEFAULT_SORT = "id";

    private final ReferenceRepository references;

    ReferenceService(ReferenceRepository references) {
        this.references = references;
    }

    public PageView<ReferenceView> list(Instant updatedSince, PageParams page, String sort, CitationStyle style) {
        return PageView.fetch(references.findPublished(updatedSince, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, reference -> ReferenceMapper.toView(reference, style));
    }

    /** For editors: every reference, drafts included. */
    public PageView<ReferenceForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(references.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                ReferenceForm::of);
    }

    /** The reference itself, for content that cites it (a treatment's evidence). */
    public Optional<Reference> findEntity(long id) {
        return references.findByIdOptional(id);
    }

    /**
     * The reference that is this publication, if the library has it: the one with this DOI, else the one whose
     * title reads the same ignoring case, spaces and punctuation, unless both have DOIs (then they differ).
     */
    public Optional<Reference> findSame(String doi, String title) {
        boolean hasDoi = doi != null && !doi.isBlank();
        Optional<Reference> byDoi = hasDoi ? references.findByDoi(doi.strip()) : Optional.empty();
        if (byDoi.isPresent()) {
            return byDoi;
        }
        String key = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return key.isEmpty() ? Optional.empty()
                : references.findByTitleKey(key).filter(found -> !hasDoi || found.doi() == null);
    }

    public Optional<ReferenceView> find(long id, CitationStyle style) {
        return references.findPublishedById(id).map(reference -> ReferenceMapper.toView(reference, style));
    }

    /** A published reference in a reference manager's format. */
    public Optional<String> export(long id, ReferenceFormat format) {
        return references.findPublishedById(id).map(reference -> ReferenceExports.write(format, List.of(reference)));
    }
}
