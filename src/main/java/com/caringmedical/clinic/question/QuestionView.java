package com.caringmedical.clinic.question;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A patient's question as staff review it. Personal data: only for the staff role, never cached. */
@Schema(name = "Question", description = "A patient's question with the contact details the patient gave. "
        + "Fields the patient left empty are absent.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(
        @Schema(examples = "3f2c8a9e-4b7d-4e1a-9c55-0d6f2b8e7a41") UUID id,
        @Schema(description = "Where the question is in the staff's workflow.") QuestionStatus status,
        @Schema(examples = "Maria") String firstName,
        @Schema(examples = "Lopez") String lastName,
        @Schema(examples = "maria.lopez@example.com") String email,
        @Schema(examples = "+1 708 555 0134") String phone,
        @Schema(examples = "Could prolotherapy help with the pain in my lower back?") String question,
        @Schema(description = "Slug of the office the patient chose, if any.", examples = "oak-park") String location,
        @Schema(examples = "are-back-surgeries-effective") String sourceArticle,
        @Schema(examples = "2026-11-24T15:04:05.123Z") Instant receivedAt) {

    static QuestionView of(Question question) {
        return new QuestionView(question.id(), question.status(), question.firstName(), question.lastName(),
                question.email(), question.phone(), question.text(),
                question.location() == null ? null : question.location().slug(), question.sourceArticle(),
                question.receivedAt());
    }
}
