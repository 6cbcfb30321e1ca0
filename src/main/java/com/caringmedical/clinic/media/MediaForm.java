package com.caringmedical.clinic.media;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The texts of an image, as an editor changes them (PUT) and as the upload's form fields carry them. */
@Schema(name = "MediaForm", description = "The texts of an image. alt is required unless decorative is true.")
public record MediaForm(
        @Size(max = MediaEditing.MAX_ALT) @Schema(description = "What the image shows, for screen readers and when it does not load. "
                + "Required unless decorative.", examples = "Physical therapist guiding a patient through a lumbar "
                + "stretch") String alt,
        @Size(max = MediaEditing.MAX_CAPTION) @Schema(description = "Shown under the image.", examples = "Stretches like this one ease "
                + "most low back pain within weeks.") String caption,
        @Size(max = MediaEditing.MAX_CREDIT) @Schema(description = "Who made the image.", examples = "Photo: Clinic staff") String credit,
        @Schema(description = "Purely decorative: screen readers skip it (alt=\"\"), and it needs no alt text.",
                examples = "false") Boolean decorative) {
}
