package com.caringmedical.clinic.body;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of text with the same marks (bold, italic, a link, a citation). Runs follow each other without
 * anything added between them: a space belongs to the text of one of them.
 */
@Schema(name = "TextRun", description = "A stretch of text and its marks. Consecutive runs are read as one text.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TextRun(
        @NotNull @Size(min = 1, max = 20000) @Schema(examples = "Steroid injections helped ") String text,
        @Size(max = 4) List<@NotNull @Valid Mark> marks) {

    /** The most runs one paragraph, item, quote or caption may hold. */
    public static final int MAX_RUNS = 2000;

    public TextRun {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** Plain text, without marks. */
    public static TextRun plain(String text) {
        return new TextRun(text, List.of());
    }

    public TextRun(String text, Mark... marks) {
        this(text, List.of(marks));
    }

    @JsonIgnore
    public boolean has(Class<? extends Mark> kind) {
        return marks.stream().anyMatch(kind::isInstance);
    }

    @JsonIgnore
    public <M extends Mark> M mark(Class<M> kind) {
        return marks.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElse(null);
    }
}
