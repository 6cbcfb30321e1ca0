package com.caringmedical.clinic.treatment;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.media.MediaView;
import com.caringmedical.clinic.reference.ReferenceView;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A treatment option with its full description and the evidence for it. */
@Schema(name = "Treatment")
public record TreatmentView(
        @Schema(examples = "transforaminal-steroid-injection") String slug,
        @Schema(examples = "Transforaminal steroid injection (nerve block)") String name,
        @Schema(examples = "A steroid injected next to the nerve root where a disc herniation presses on it, for short-term relief of radicular pain.")
        String summary,
        @Schema(description = "Several sentences on how it works and when it is used.") String description,
        TreatmentCategory category,
        Invasiveness invasiveness,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The image shown at the option's top.") MediaView featuredImage,
        @Schema(description = "How many sessions it usually takes, where known; absent otherwise.")
        @JsonInclude(JsonInclude.Include.NON_NULL) TypicalCourseView typicalCourse,
        @Schema(description = "Research findings in order, each with the reference it cites.") List<EvidenceView> evidence,
        @Schema(description = "When it was last saved.", examples = "2026-11-24T12:00:00Z") Instant updatedAt) {

    @Schema(name = "TypicalCourse")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TypicalCourseView(
            @Schema(examples = "Up to three injections, one week apart, alongside Prolotherapy.") String description,
            @Schema(examples = "1") Integer sessionsMin,
            @Schema(examples = "3") Integer sessionsMax) {
    }

    @Schema(name = "Evidence")
    public record EvidenceView(
            @Schema(examples = "Of 479 patients after microsurgical lumbar disc surgery, 69 (about 15%) still had radicular pain. ...")
            String finding,
            ReferenceView reference) {
    }
}
