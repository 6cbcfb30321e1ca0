package com.caringmedical.clinic.treatment;

import java.util.List;
import java.util.Map;

import com.caringmedical.clinic.media.MediaView;
import com.caringmedical.clinic.reference.ReferenceMapper;

/** Turns treatment entities into their public views; the summary is shared with articles. */
public final class TreatmentMapper {

    private TreatmentMapper() {
    }

    /** The option as a card, its featured image taken from {@code images} (loaded for all cards at once). */
    public static TreatmentSummaryView toSummary(Treatment treatment, Map<Long, MediaView> images) {
        return new TreatmentSummaryView(treatment.slug(), treatment.name(), treatment.summary(), treatment.category(),
                treatment.invasiveness(), treatment.featuredImage() == null ? null : images.get(treatment.featuredImage()),
                treatment.updatedAt());
    }

    static TreatmentView toView(Treatment treatment, List<EvidenceFinding> evidence, MediaView featuredImage) {
        TreatmentView.TypicalCourseView course = treatment.typicalCourse() == null ? null
                : new TreatmentView.TypicalCourseView(treatment.typicalCourse(), treatment.typicalSessionsMin(),
                        treatment.typicalSessionsMax());
        return new TreatmentView(treatment.slug(), treatment.name(), treatment.summary(), treatment.description(),
                treatment.category(), treatment.invasiveness(), featuredImage, course,
                evidence.stream()
                        .map(e -> new TreatmentView.EvidenceView(e.finding(), ReferenceMapper.toView(e.reference())))
                        .toList(),
                treatment.updatedAt());
    }
}
