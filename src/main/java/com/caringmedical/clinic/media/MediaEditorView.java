package com.caringmedical.clinic.media;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An image as editors see it: the public view's fields, who uploaded it when, and what content shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EditableMedia", description = "An image as editors see it. PUT takes its alt, caption, credit and "
        + "decorative (MediaForm); DELETE is refused while usedBy is not empty.")
public record MediaEditorView(
        @Schema(examples = "42") long id,
        @Schema(examples = "Physical therapist guiding a patient through a lumbar stretch") String alt,
        @Schema(examples = "Stretches like this one ease most low back pain within weeks.") String caption,
        @Schema(examples = "Photo: Clinic staff") String credit,
        @Schema(examples = "false") boolean decorative,
        @Schema(examples = "4032") int width,
        @Schema(examples = "3024") int height,
        @Schema(description = "The format the upload was in.", examples = "image/jpeg") String originalType,
        @Schema(examples = "/media/42/1600.jpg") String src,
        List<SourceView> sources,
        List<VariantView> variants,
        @Schema(examples = "2026-03-02T14:05:00Z") Instant uploadedAt,
        @Schema(examples = "editor") String uploadedBy,
        @Schema(description = "Content that shows the image; it cannot be deleted while this is not empty.")
        List<MediaUse> usedBy) {
}
