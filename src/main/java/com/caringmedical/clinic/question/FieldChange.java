package com.caringmedical.clinic.question;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a question as staff changed it: workflow values only, never the patient's data. */
@Schema(name = "FieldChange", description = "A field's value before and after a change (null: none).")
public record FieldChange(
        @Schema(examples = "NEW", nullable = true) String from,
        @Schema(examples = "IN_PROGRESS", nullable = true) String to) {
}
