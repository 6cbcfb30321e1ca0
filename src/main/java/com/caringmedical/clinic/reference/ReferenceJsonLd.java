package com.caringmedical.clinic.reference;

import java.util.ArrayList;
import java.util.List;

import com.caringmedical.clinic.schemaorg.SchemaOrg;

/** A reference as a schema.org ScholarlyArticle, for the structured data of the content that cites it. */
public final class ReferenceJsonLd {

    private ReferenceJsonLd() {
    }

    public static SchemaOrg.ScholarlyArticle of(ReferenceView reference) {
        SchemaOrg.Part partOf = SchemaOrg.Part.periodical(reference.journal(), reference.journalAbbreviation());
        if (reference.volume() != null) {
            partOf = SchemaOrg.Part.volume(reference.volume(), partOf);
        }
        if (reference.issue() != null) {
            partOf = SchemaOrg.Part.issue(reference.issue(), partOf);
        }
        List<SchemaOrg.PropertyValue> identifiers = new ArrayList<>();
        if (reference.doi() != null) {
            identifiers.add(new SchemaOrg.PropertyValue("DOI", reference.doi()));
        }
        if (reference.pmid() != null) {
            identifiers.add(new SchemaOrg.PropertyValue("PMID", reference.pmid()));
        }
        return new SchemaOrg.ScholarlyArticle(reference.title(),
                reference.authors().stream().map(a -> SchemaOrg.Person.author(a.family(), a.given())).toList(),
                date(reference), partOf, reference.pages(), identifiers,
                reference.doiUrl() != null ? reference.doiUrl() : reference.pubmedUrl());
    }

    /** ISO 8601 to the precision known: 2012, 2012-07 or 2013-02-03. */
    private static String date(ReferenceView reference) {
        String date = String.valueOf(reference.year());
        if (reference.month() != null) {
            date += "-%02d".formatted(reference.month());
            if (reference.day() != null) {
                date += "-%02d".formatted(reference.day());
            }
        }
        return date;
    }
}
