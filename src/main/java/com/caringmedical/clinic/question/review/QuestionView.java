package com.caringmedical.clinic.question.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.question.Question;
import com.caringmedical.clinic.question.QuestionStatus;

/** A patient's question as staff review it. Personal data: only for the staff role, never cached. */
@Schema(name = "Question", description = "A patient's question with the contact details the patient gave. "
        + "Fields the patient left empty, and all personal data after erasure, are absent.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(
        @Schema(examples = "3f2c8a9e-4b7d-4e1a-9c55-0d6f2b8e7a41") UUID id,
        @Schema(description = "Where the question is in the staff's workflow.") QuestionStatus status,
        @Schema(description = "The statuses it may move to next (PATCH).", examples = "[\"IN_PROGRESS\", \"SPAM\"]")
        List<QuestionStatus> nextStatuses,
        @Schema(description = "The staff account looking after it.", examples = "staff") String assignee,
        @Schema(examples = "Maria") String firstName,
        @Schema(examples = "Lopez") String lastName,
        @Schema(examples = "maria.lopez@example.com") String email,
        @Schema(examples = "+1 708 555 0134") String phone,
        @Schema(examples = "Could prolotherapy help with the pain in my lower back?") String question,
        @Schema(description = "Slug of the office the patient chose, if any.", examples = "oak-park") String location,
        @Schema(examples = "are-back-surgeries-effective") String sourceArticle,
        @Schema(examples = "2026-11-24T15:04:05.123Z") Instant receivedAt,
        @Schema(examples = "2026-11-24T16:30:00Z") Instant statusChangedAt,
        @Schema(description = "When the patient's personal data were erased.") Instant erasedAt) {

    static QuestionView of(Question question) {
        return new QuestionView(question.id(), question.status(), question.status().next(), question.assignee(),
                question.firstName(), question.lastName(), question.email(), question.phone(), question.text(),
                question.location() == null ? null : question.location().slug(), question.sourceArticle(),
                question.receivedAt(), question.statusChangedAt(), question.erasedAt());
    }
}
