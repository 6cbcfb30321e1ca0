package com.caringmedical.clinic.reference;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A literature reference as clients see it. Fields that are not known are left out. */
@Schema(name = "Reference")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceView(
        @Schema(description = "Stable numeric id.", examples = "2") long id,
        @Schema(description = "Authors in publication order.") List<AuthorView> authors,
        @Schema(examples = "Spinal cord stimulation in pain management: a review") String title,
        @Schema(description = "Full journal title.", examples = "The Korean Journal of Pain") String journal,
        @Schema(description = "NLM journal abbreviation.", examples = "Korean J Pain") String journalAbbreviation,
        @Schema(examples = "2012") int year,
        @Schema(description = "Month of publication (1-12), where known.", examples = "7") Integer month,
        @Schema(description = "Day of publication, where known (articles published online ahead of print).",
                examples = "3") Integer day,
        @Schema(examples = "25") String volume,
        @Schema(examples = "3") String issue,
        @Schema(examples = "143-150") String pages,
        @Schema(examples = "10.3344/kjp.2012.25.3.143") String doi,
        @Schema(description = "PubMed id.", examples = "22787543") String pmid,
        @Schema(description = "Resolvable link for the DOI.", examples = "https://doi.org/10.3344/kjp.2012.25.3.143") String doiUrl,
        @Schema(description = "Link to the PubMed record.", examples = "https://pubmed.ncbi.nlm.nih.gov/22787543/") String pubmedUrl,
        @Schema(description = "A ready-made citation in the requested style (AMA unless asked otherwise).")
        CitationView citation,
        @Schema(description = "When it was last saved.", examples = "2026-11-24T12:00:00Z") Instant updatedAt) {

    @Schema(name = "Author")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuthorView(@Schema(examples = "Jeon") String family, @Schema(examples = "YH") String given) {
    }

    @Schema(name = "Citation")
    public record CitationView(
            @Schema(description = "The citation style it is rendered in.") CitationStyle style,
            @Schema(description = "The citation as plain text (typographic quotes and dashes, no numbering).",
                    examples = "Jeon YH. Spinal cord stimulation in pain management: a review. Korean J Pain. 2012;25(3):143-150. doi:10.3344/kjp.2012.25.3.143")
            String text,
            @Schema(description = "The same citation as an HTML fragment to embed: inline elements only (italics as "
                    + "<span style=\"font-style: italic\">), text escaped.",
                    examples = "Jeon YH. Spinal cord stimulation in pain management: a review. <span style=\"font-style: italic\">Korean J Pain</span>. 2012;25(3):143-150. doi:10.3344/kjp.2012.25.3.143")
            String html) {
    }
}
