package com.caringmedical.clinic.question.submission;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.question.Question;

/**
 * The answer to {@code POST /questions}: the same for every accepted submission, spam included, so a bot learns
 * nothing from it.
 */
@Schema(name = "QuestionReceipt", description = "Confirms the question was stored and the clinic's staff will be told.")
public record QuestionReceipt(
        @Schema(description = "Reference number of the question; quote it when contacting the clinic.",
                examples = "3f2c8a9e-4b7d-4e1a-9c55-0d6f2b8e7a41") UUID id,
        @Schema(description = "Always RECEIVED.", enumeration = "RECEIVED", examples = "RECEIVED") String status,
        @Schema(description = "When the clinic received it.", examples = "2026-11-24T15:04:05.123Z") Instant receivedAt) {

    static final String RECEIVED = "RECEIVED";

    static QuestionReceipt of(Question question) {
        return new QuestionReceipt(question.id(), RECEIVED, question.receivedAt());
    }
}
