package com.caringmedical.clinic.revision;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One revision with the whole form it kept: what GET /editor/{kind}/{key} returned right after it. */
@Schema(name = "Revision")
public record RevisionView(
        @Schema(description = "Who, when and what.") RevisionSummary revision,
        @Schema(type = SchemaType.OBJECT, description = "The item's form as it stood after this revision (for a "
                + "deletion: before it), in the shape the kind's editor endpoint reads and takes.") JsonNode form) {
}
