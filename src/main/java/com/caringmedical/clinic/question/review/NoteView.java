package com.caringmedical.clinic.question.review;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An internal note on a question. */
@Schema(name = "Note", description = "An internal note staff keep on a question; the patient never sees it.")
public record NoteView(
        @Schema(examples = "9b1d0c3e-2f4a-4c6b-8d7e-1a2b3c4d5e6f") UUID id,
        @Schema(examples = "staff") String author,
        @Schema(examples = "Called back; booked a consultation at Oak Park.") String text,
        @Schema(examples = "2026-11-24T16:35:00.456Z") Instant createdAt) {

    static NoteView of(QuestionNote note) {
        return new NoteView(note.id(), note.author(), note.text(), note.createdAt());
    }
}
