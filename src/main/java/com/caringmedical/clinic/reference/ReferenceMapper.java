package com.caringmedical.clinic.reference;

/** Turns reference entities into their public view; shared with the features that embed references. */
public final class ReferenceMapper {

    private ReferenceMapper() {
    }

    public static ReferenceView toView(Reference reference) {
        return new ReferenceView(
                reference.id(),
                reference.authors().stream().map(a -> new ReferenceView.AuthorView(a.family(), a.given())).toList(),
                reference.title(),
                reference.journal(),
                reference.journalAbbreviation(),
                reference.year(),
                reference.month(),
                reference.volume(),
                reference.issue(),
                reference.pages(),
                reference.doi(),
                reference.pmid(),
                reference.doi() == null ? null : "https://doi.org/" + reference.doi(),
                reference.pmid() == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + reference.pmid() + "/",
                new ReferenceView.CitationView("ama", reference.amaCitation()));
    }
}
