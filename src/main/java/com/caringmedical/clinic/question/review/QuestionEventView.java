package com.caringmedical.clinic.question.review;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.question.FieldChange;

/** One entry of a question's history. */
@Schema(name = "QuestionEvent", description = "Who did what to a question, or read it, and when.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionEventView(
        @Schema(examples = "2026-11-24T16:30:00.123Z") Instant occurredAt,
        @Schema(description = "The staff account, or 'retention-job'.", examples = "staff") String actor,
        QuestionAction action,
        @Schema(description = "For UPDATED: each changed field with its old and new value.")
        Map<String, FieldChange> changes) {

    static QuestionEventView of(QuestionEvent event) {
        return new QuestionEventView(event.occurredAt(), event.actor(), event.action(), event.changes());
    }
}
