package com.caringmedical.clinic.reference;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.editing.PublicationStatus;

/**
 * A literature reference as editors read and write it. Citations are never written by hand: citeproc-java
 * renders them from these fields in the style a reader asks for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EditableReference", description = "A literature reference as editors read and write it. status DRAFT "
        + "keeps it off the public API; its citations are rendered from the fields.")
public record ReferenceForm(
        @NotEmpty List<@NotNull @Valid AuthorForm> authors,
        @NotBlank @Size(max = 1000) @Schema(examples = "Dry needling for chronic neck pain: a randomized trial")
        String title,
        @NotBlank @Size(max = 300) @Schema(examples = "Pain Practice") String journal,
        @Size(max = 100) @Schema(examples = "Pain Pract") String journalAbbreviation,
        @NotNull @Min(1800) @Max(2200) @Schema(examples = "2021") Integer year,
        @Min(1) @Max(12) @Schema(examples = "6") Integer month,
        @Min(1) @Max(31) @Schema(description = "Day of publication, where known; needs month. AMA style shows it for "
                + "articles published online ahead of print.", examples = "3") Integer day,
        @Size(max = 20) @Schema(examples = "21") String volume,
        @Size(max = 20) @Schema(examples = "5") String issue,
        @Size(max = 40) @Schema(examples = "512-520") String pages,
        @Pattern(regexp = "10\\.\\S+", message = "must be a DOI such as 10.1111/papr.12035")
        @Schema(examples = "10.1111/papr.13000") String doi,
        @Pattern(regexp = "[0-9]{1,9}", message = "must be a PubMed id: 1 to 9 digits") @Schema(examples = "33500000")
        String pmid,
        @Schema(description = "DRAFT (the default when creating) or PUBLISHED.") PublicationStatus status) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EditableAuthor")
    public record AuthorForm(
            @NotBlank @Size(max = 200) @Schema(examples = "Hussain") String family,
            @Size(max = 200) @Schema(examples = "Aatif") String given) {
    }

    static ReferenceForm of(Reference reference) {
        return new ReferenceForm(
                reference.authors().stream().map(a -> new AuthorForm(a.family(), a.given())).toList(),
                reference.title(), reference.journal(), reference.journalAbbreviation(), reference.year(),
                reference.month(), reference.day(), reference.volume(), reference.issue(), reference.pages(), reference.doi(),
                reference.pmid(), reference.status());
    }
}
