package com.caringmedical.clinic.wordpress;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.web.problem.ProblemException;

/** What an import did, kind by kind and item by item. */
final class ImportReport {

    private ImportReport() {
    }

    /** A refusal in words for the report: what it says, and each field it names. */
    static String describe(ProblemException refusal) {
        if (refusal.errors().isEmpty()) {
            return refusal.getMessage();
        }
        return String.join("; ", refusal.errors().stream().map(error -> error.field() + " " + error.message()).toList());
    }

    /** What became of one item. */
    enum Outcome {
        CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED
    }

    /** How many items of one kind the import has done, by outcome, and how many it has to do (when known). */
    @Schema(name = "ImportKindProgress")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Counts(
            @Schema(description = "How many items of this kind the import found to do, once it knows.") Integer total,
            int created, int updated, int unchanged, int skipped, int failed) {

        static final Counts NONE = new Counts(null, 0, 0, 0, 0, 0);

        Counts plus(Outcome outcome) {
            return new Counts(total, created + (outcome == Outcome.CREATED ? 1 : 0),
                    updated + (outcome == Outcome.UPDATED ? 1 : 0), unchanged + (outcome == Outcome.UNCHANGED ? 1 : 0),
                    skipped + (outcome == Outcome.SKIPPED ? 1 : 0), failed + (outcome == Outcome.FAILED ? 1 : 0));
        }

        Counts withTotal(int newTotal) {
            return new Counts(newTotal, created, updated, unchanged, skipped, failed);
        }
    }

    /**
     * One item: what it was in WordPress, what became of it here (and where it lives now), and what an editor should
     * look at.
     */
    @Schema(name = "ImportedItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            @Schema(examples = "article", enumeration = { "article", "media", "author", "reference", "redirect" })
            String kind,
            @Schema(description = "The WordPress id, the old address, or the entry's number in a post's reference list.",
                    examples = "1234") String origin,
            @Schema(examples = "Failed back surgery: what comes next") String title,
            @Schema(examples = "CREATED") Outcome outcome,
            @Schema(description = "Where it lives here now.", examples = "/editor/articles/failed-back-surgery")
            String location,
            @Schema(description = "What an editor should look at.") List<String> notes) {
    }
}
