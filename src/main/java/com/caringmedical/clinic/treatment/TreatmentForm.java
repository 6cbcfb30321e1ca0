package com.caringmedical.clinic.treatment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.editing.PublicationStatus;

/**
 * A treatment option as editors read and write it: what GET /editor/treatments/{slug} returns is what a PUT
 * takes. Evidence cites references by id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EditableTreatment", description = "A treatment option as editors read and write it. status DRAFT "
        + "keeps it off the public API.")
public record TreatmentForm(
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits in words joined by '-'")
        @Schema(examples = "dry-needling") String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "Dry needling") String name,
        @NotBlank @Size(max = 1000) @Schema(examples = "Thin needles placed in tight muscle bands to ease pain.")
        String summary,
        @NotBlank @Size(max = 20000) String description,
        @NotNull TreatmentCategory category,
        @NotNull Invasiveness invasiveness,
        @Valid CourseForm typicalCourse,
        @NotNull List<@NotNull @Valid EvidenceForm> evidence,
        @Positive @Schema(description = "The id of the media item shown with the option in lists and at its top.",
                examples = "42") Long featuredImage,
        @Schema(description = "DRAFT (the default when creating) or PUBLISHED.") PublicationStatus status) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EditableTypicalCourse")
    public record CourseForm(
            @NotBlank @Size(max = 1000) @Schema(examples = "Weekly sessions for a month.") String description,
            @Min(1) @Schema(examples = "3") Integer sessionsMin,
            @Min(1) @Schema(examples = "6") Integer sessionsMax) {
    }

    @Schema(name = "EditableEvidence")
    public record EvidenceForm(
            @NotBlank @Size(max = 4000) @Schema(examples = "In a trial of 100 patients, pain fell by a third.")
            String finding,
            @NotNull @Schema(description = "Id of the reference the finding comes from.", examples = "7")
            Long referenceId) {
    }

    static TreatmentForm of(Treatment treatment, List<EvidenceFinding> evidence) {
        CourseForm course = treatment.typicalCourse() == null ? null
                : new CourseForm(treatment.typicalCourse(), treatment.typicalSessionsMin(), treatment.typicalSessionsMax());
        return new TreatmentForm(treatment.slug(), treatment.name(), treatment.summary(), treatment.description(),
                treatment.category(), treatment.invasiveness(), course,
                evidence.stream().map(e -> new EvidenceForm(e.finding(), e.reference().id())).toList(),
                treatment.featuredImage(), treatment.status());
    }
}
