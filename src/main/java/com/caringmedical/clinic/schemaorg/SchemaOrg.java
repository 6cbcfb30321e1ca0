package com.caringmedical.clinic.schemaorg;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The schema.org types this API writes as JSON-LD for front-ends to embed in their pages. Type and property names
 * are schema.org's own; a property the API has no value for is left out. A front-end adds what only it knows, such
 * as the page's url.
 */
public final class SchemaOrg {

    public static final String MEDIA_TYPE = "application/ld+json";
    static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {
    }

    /** A patient education article: schema.org/MedicalWebPage, with what it cites and the therapies it is about. */
    @Schema(name = "MedicalWebPageJsonLd", description = "schema.org MedicalWebPage as JSON-LD.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@context", "@type" })
    public record MedicalWebPage(
            @JsonProperty("@context") @Schema(examples = CONTEXT) String context,
            @JsonProperty("@type") @Schema(examples = "MedicalWebPage") String type,
            String headline, String name, String description,
            @Schema(description = "The featured image's URL.", examples = "/media/42/1600.jpg") String image,
            Person author,
            @Schema(description = "Who medically reviewed the page.") Person reviewedBy,
            @Schema(description = "The date of that review.", examples = "2026-12-01") String lastReviewed,
            String datePublished, String dateModified, String inLanguage, List<String> keywords, List<Thing> about,
            List<ScholarlyArticle> citation) {

        public MedicalWebPage(String headline, String description, String image, Person author, Person reviewedBy,
                String lastReviewed, String datePublished, String dateModified, List<String> keywords,
                List<Thing> about, List<ScholarlyArticle> citation) {
            this(CONTEXT, "MedicalWebPage", headline, headline, description, image, author, reviewedBy, lastReviewed,
                    datePublished, dateModified, "en", keywords, about, citation);
        }
    }

    /** An office: schema.org/MedicalClinic. */
    @Schema(name = "MedicalClinicJsonLd", description = "schema.org MedicalClinic as JSON-LD.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@context", "@type" })
    public record MedicalClinic(
            @JsonProperty("@context") @Schema(examples = CONTEXT) String context,
            @JsonProperty("@type") @Schema(examples = "MedicalClinic") String type,
            String name, String telephone, String faxNumber, PostalAddress address, GeoCoordinates geo,
            List<OpeningHoursSpecification> openingHoursSpecification) {

        public MedicalClinic(String name, String telephone, String faxNumber, PostalAddress address,
                GeoCoordinates geo, List<OpeningHoursSpecification> openingHoursSpecification) {
            this(CONTEXT, "MedicalClinic", name, telephone, faxNumber, address, geo, openingHoursSpecification);
        }
    }

    /** A named thing of a given schema.org type, such as a MedicalTherapy an article is about. */
    @Schema(name = "ThingJsonLd")
    public record Thing(@JsonProperty("@type") String type, String name) {
    }

    @Schema(name = "PersonJsonLd")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(@JsonProperty("@type") String type, String name, String familyName, String givenName,
            String honorificSuffix) {

        public static Person named(String name, String honorificSuffix) {
            return new Person("Person", name, null, null, honorificSuffix);
        }

        public static Person author(String familyName, String givenName) {
            return new Person("Person", givenName == null ? familyName : familyName + " " + givenName, familyName,
                    givenName, null);
        }
    }

    /** A cited journal article. isPartOf leads to its issue, volume and periodical, as far as they are known. */
    @Schema(name = "ScholarlyArticleJsonLd")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScholarlyArticle(@JsonProperty("@type") String type, String headline, String name,
            List<Person> author, String datePublished, Part isPartOf, String pagination,
            List<PropertyValue> identifier, String sameAs) {

        public ScholarlyArticle(String headline, List<Person> author, String datePublished, Part isPartOf,
                String pagination, List<PropertyValue> identifier, String sameAs) {
            this("ScholarlyArticle", headline, headline, author, datePublished, isPartOf, pagination,
                    identifier.isEmpty() ? null : identifier, sameAs);
        }
    }

    /** A Periodical, PublicationVolume or PublicationIssue. */
    @Schema(name = "PublicationPartJsonLd")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(@JsonProperty("@type") String type, String name, String alternateName, String volumeNumber,
            String issueNumber, Part isPartOf) {

        public static Part periodical(String name, String alternateName) {
            return new Part("Periodical", name, alternateName, null, null, null);
        }

        public static Part volume(String volumeNumber, Part periodical) {
            return new Part("PublicationVolume", null, null, volumeNumber, null, periodical);
        }

        public static Part issue(String issueNumber, Part volumeOrPeriodical) {
            return new Part("PublicationIssue", null, null, null, issueNumber, volumeOrPeriodical);
        }
    }

    /** An identifier in a named scheme: DOI, PMID. */
    @Schema(name = "PropertyValueJsonLd")
    public record PropertyValue(@JsonProperty("@type") String type, String propertyID, String value) {

        public PropertyValue(String propertyID, String value) {
            this("PropertyValue", propertyID, value);
        }
    }

    @Schema(name = "PostalAddressJsonLd")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostalAddress(@JsonProperty("@type") String type, String streetAddress, String addressLocality,
            String addressRegion, String postalCode, String addressCountry) {

        public PostalAddress(String streetAddress, String addressLocality, String addressRegion, String postalCode,
                String addressCountry) {
            this("PostalAddress", streetAddress, addressLocality, addressRegion, postalCode, addressCountry);
        }
    }

    @Schema(name = "GeoCoordinatesJsonLd")
    public record GeoCoordinates(@JsonProperty("@type") String type, double latitude, double longitude) {

        public GeoCoordinates(double latitude, double longitude) {
            this("GeoCoordinates", latitude, longitude);
        }
    }

    /** Hours on the given days (schema.org DayOfWeek IRIs), local time HH:mm. */
    @Schema(name = "OpeningHoursSpecificationJsonLd")
    public record OpeningHoursSpecification(@JsonProperty("@type") String type, List<String> dayOfWeek, String opens,
            String closes) {

        public OpeningHoursSpecification(List<java.time.DayOfWeek> days, String opens, String closes) {
            this("OpeningHoursSpecification", days.stream().map(OpeningHoursSpecification::dayIri).toList(), opens,
                    closes);
        }

        private static String dayIri(java.time.DayOfWeek day) {
            String name = day.name();
            return CONTEXT + "/" + name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }
}
