package com.caringmedical.clinic.reference;

/** Turns reference entities into their public view; shared with the features that embed references. */
public final class ReferenceMapper {

    private ReferenceMapper() {
    }

    /** The reference with its citation in the clinic's house style, AMA. */
    public static ReferenceView toView(Reference reference) {
        return toView(reference, CitationStyle.AMA);
    }

    public static ReferenceView toView(Reference reference, CitationStyle style) {
        Citations.Citation citation = Citations.of(reference, style);
        return new ReferenceView(
                reference.id(),
                reference.authors().stream().map(a -> new ReferenceView.AuthorView(a.family(), a.given())).toList(),
                reference.title(),
                reference.journal(),
                reference.journalAbbreviation(),
                reference.year(),
                reference.month(),
                reference.day(),
                reference.volume(),
                reference.issue(),
                reference.pages(),
                reference.doi(),
                reference.pmid(),
                reference.doi() == null ? null : "https://doi.org/" + reference.doi(),
                reference.pmid() == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + reference.pmid() + "/",
                new ReferenceView.CitationView(style, citation.text(), citation.html()),
                reference.updatedAt());
    }
}
