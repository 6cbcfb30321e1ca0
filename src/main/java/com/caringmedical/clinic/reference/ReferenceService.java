package com.caringmedical.clinic.reference;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.SortOrder;

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

    public PageView<ReferenceView> list(PageParams page, String sort) {
        return PageView.fetch(references.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, ReferenceMapper::toView);
    }

    /** The reference itself, for content that cites it (a treatment's evidence). */
    public Optional<Reference> findEntity(long id) {
        return references.findByIdOptional(id);
    }

    public Optional<ReferenceView> find(long id) {
        return references.findByIdOptional(id).map(ReferenceMapper::toView);
    }
}
