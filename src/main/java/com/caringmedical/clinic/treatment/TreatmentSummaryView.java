package com.caringmedical.clinic.treatment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.media.MediaView;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A treatment option in lists and where an article embeds it. */
@Schema(name = "TreatmentSummary")
public record TreatmentSummaryView(
        @Schema(examples = "prolotherapy") String slug,
        @Schema(examples = "Comprehensive Prolotherapy") String name,
        @Schema(description = "One paragraph for cards and lists.",
                examples = "A series of injections that strengthens weakened ligaments and other soft tissue so the spine becomes more stable without surgery.")
        String summary,
        TreatmentCategory category,
        Invasiveness invasiveness,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The image for the option's card.") MediaView featuredImage,
        @Schema(description = "When it was last saved.", examples = "2026-11-24T12:00:00Z") Instant updatedAt) {
}
