package com.caringmedical.clinic.question.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new internal note. */
@Schema(name = "NoteForm")
public record NoteForm(
        @NotBlank @Size(max = 4000)
        @Schema(examples = "Called back; booked a consultation at Oak Park.", maxLength = 4000) String text) {
}
