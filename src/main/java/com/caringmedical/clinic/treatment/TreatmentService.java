package com.caringmedical.clinic.treatment;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TreatmentService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("name", "name", "slug", "slug", "category", "category");
    static final String DEFAULT_SORT = "name";

    private final TreatmentRepository treatments;

    TreatmentService(TreatmentRepository treatments) {
        this.treatments = treatments;
    }

    public PageView<TreatmentSummaryView> list(TreatmentCategory category, PageParams page, String sort) {
        return PageView.fetch(treatments
                .findByCategory(category, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, TreatmentMapper::toSummary);
    }

    public Optional<TreatmentView> find(String slug) {
        return treatments.findBySlug(slug)
                .map(treatment -> TreatmentMapper.toView(treatment, treatments.findEvidence(treatment)));
    }
}
