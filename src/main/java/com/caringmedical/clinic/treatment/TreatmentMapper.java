package com.caringmedical.clinic.treatment;

import java.util.List;

import com.caringmedical.clinic.reference.ReferenceMapper;

/** Turns treatment entities into their public views; the summary is shared with articles. */
public final class TreatmentMapper {

    private TreatmentMapper() {
    }

    public static TreatmentSummaryView toSummary(Treatment treatment) {
        return new TreatmentSummaryView(treatment.slug(), treatment.name(), treatment.summary(), treatment.category(),
                treatment.invasiveness());
    }

    static TreatmentView toView(Treatment treatment, List<EvidenceFinding> evidence) {
        TreatmentView.TypicalCourseView course = treatment.typicalCourse() == null ? null
                : new TreatmentView.TypicalCourseView(treatment.typicalCourse(), treatment.typicalSessionsMin(),
                        treatment.typicalSessionsMax());
        return new TreatmentView(treatment.slug(), treatment.name(), treatment.summary(), treatment.description(),
                treatment.category(), treatment.invasiveness(), course,
                evidence.stream()
                        .map(e -> new TreatmentView.EvidenceView(e.finding(), ReferenceMapper.toView(e.reference())))
                        .toList());
    }
}
