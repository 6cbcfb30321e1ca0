package com.caringmedical.clinic.wordpress;

import java.util.List;

/** A reference read from a citation's text: what a reference of the library needs, and whether it was a preprint. */
record ParsedCitation(List<Author> authors, String title, String journal, Integer year, Integer month, Integer day,
        String volume, String issue, String pages, String doi, String pmid, boolean aheadOfPrint) {

    record Author(String family, String initials) {
    }
}
