package com.caringmedical.clinic.schemaorg;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Front-ends embed schema.org JSON-LD in their pages so that search engines understand them: Accept:
 * application/ld+json on an article gives a MedicalWebPage with its citations, on an office a MedicalClinic.
 *
 * <p>Every object is checked against the schema.org vocabulary: its type exists, each property belongs to that type
 * (or a type it inherits from) and nested objects have a type the property accepts. The table below is schema.org's
 * own definitions (schema.org/MedicalWebPage and so on) for the types this API writes; schema.org's vocabulary file
 * is not on the package registries these machines reach.
 */
@QuarkusTest
class StructuredDataTest {

    private static final String LD_JSON = "application/ld+json";
    private static final String DAY = "https://schema.org/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /** Each type, with its properties (own and inherited) and, for object values, the types they accept. */
    private static final Map<String, Map<String, Set<String>>> VOCABULARY = Map.ofEntries(
            Map.entry("MedicalWebPage", Map.ofEntries(Map.entry("headline", Set.of()), Map.entry("name", Set.of()),
                    Map.entry("description", Set.of()), Map.entry("image", Set.of()),
                    Map.entry("author", Set.of("Person", "Organization")),
                    Map.entry("reviewedBy", Set.of("Person", "Organization")), Map.entry("lastReviewed", Set.of()),
                    Map.entry("datePublished", Set.of()), Map.entry("dateModified", Set.of()),
                    Map.entry("inLanguage", Set.of()), Map.entry("keywords", Set.of()),
                    Map.entry("about", Set.of("MedicalTherapy", "Thing")),
                    Map.entry("citation", Set.of("ScholarlyArticle", "CreativeWork")))),
            Map.entry("MedicalClinic", Map.of("name", Set.of(), "telephone", Set.of(), "faxNumber", Set.of(),
                    "address", Set.of("PostalAddress"), "geo", Set.of("GeoCoordinates"),
                    "openingHoursSpecification", Set.of("OpeningHoursSpecification"))),
            Map.entry("Person", Map.of("name", Set.of(), "familyName", Set.of(), "givenName", Set.of(),
                    "honorificSuffix", Set.of())),
            Map.entry("MedicalTherapy", Map.of("name", Set.of())),
            Map.entry("ScholarlyArticle", Map.of("headline", Set.of(), "name", Set.of(),
                    "author", Set.of("Person", "Organization"), "datePublished", Set.of(),
                    "isPartOf", Set.of("Periodical", "PublicationVolume", "PublicationIssue"), "pagination", Set.of(),
                    "identifier", Set.of("PropertyValue"), "sameAs", Set.of())),
            Map.entry("Periodical", Map.of("name", Set.of(), "alternateName", Set.of())),
            Map.entry("PublicationVolume", Map.of("volumeNumber", Set.of(),
                    "isPartOf", Set.of("Periodical"))),
            Map.entry("PublicationIssue", Map.of("issueNumber", Set.of(),
                    "isPartOf", Set.of("Periodical", "PublicationVolume"))),
            Map.entry("PropertyValue", Map.of("propertyID", Set.of(), "value", Set.of())),
            Map.entry("PostalAddress", Map.of("streetAddress", Set.of(), "addressLocality", Set.of(),
                    "addressRegion", Set.of(), "postalCode", Set.of(), "addressCountry", Set.of())),
            Map.entry("GeoCoordinates", Map.of("latitude", Set.of(), "longitude", Set.of())),
            Map.entry("OpeningHoursSpecification", Map.of("dayOfWeek", Set.of(), "opens", Set.of(), "closes", Set.of())));

    @Test
    void anArticleIsAMedicalWebPageCitingItsReferences() throws Exception {
        String body = api().accept(LD_JSON).get("/articles/failed-back-surgery-syndrome-treatment-options")
                .then().statusCode(200)
                .contentType(LD_JSON)
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("MedicalWebPage"))
                .body("headline", equalTo("Treatment options when back surgery has failed"))
                .body("author.name", equalTo("Ross Hauser"))
                .body("author.honorificSuffix", equalTo("MD"))
                .body("datePublished", equalTo("2013-04-15T12:00:00Z"))
                .body("about", hasSize(8))
                .body("about[3].name", equalTo("Transforaminal steroid injection (nerve block)"))
                .body("citation", hasSize(7))
                .body("citation[1].headline", equalTo("Spinal cord stimulation in pain management: a review"))
                .body("citation[1].author[0].familyName", equalTo("Jeon"))
                .body("citation[1].datePublished", equalTo("2012-07"))
                .body("citation[1].pagination", equalTo("143-150"))
                .body("citation[1].isPartOf.issueNumber", equalTo("3"))
                .body("citation[1].isPartOf.isPartOf.volumeNumber", equalTo("25"))
                .body("citation[1].isPartOf.isPartOf.isPartOf.name", equalTo("The Korean Journal of Pain"))
                .body("citation[1].identifier.propertyID", contains("DOI", "PMID"))
                .body("citation[1].sameAs", equalTo("https://doi.org/10.3344/kjp.2012.25.3.143"))
                .body("citation[0].datePublished", equalTo("2013-02-03"))
                .extract().asString();
        assertFollowsTheVocabulary(new ObjectMapper().readTree(body));
    }

    @Test
    void anOfficeIsAMedicalClinicWithAddressPositionHoursAndNumbers() throws Exception {
        String body = api().accept(LD_JSON).get("/locations/oak-park")
                .then().statusCode(200)
                .contentType(LD_JSON)
                .body("'@type'", equalTo("MedicalClinic"))
                .body("name", equalTo("Chicagoland office"))
                .body("telephone", equalTo("+17083938266"))
                .body("faxNumber", equalTo("+18557791950"))
                .body("address.streetAddress", equalTo("715 Lake Street, Suite 600"))
                .body("address.addressLocality", equalTo("Oak Park"))
                .body("address.addressRegion", equalTo("IL"))
                .body("address.postalCode", equalTo("60301"))
                .body("address.addressCountry", equalTo("US"))
                .body("geo.latitude", equalTo(41.8885f))
                .body("geo.longitude", equalTo(-87.7946f))
                .body("openingHoursSpecification[0].dayOfWeek", contains("https://schema.org/Monday",
                        "https://schema.org/Tuesday", "https://schema.org/Wednesday", "https://schema.org/Thursday",
                        "https://schema.org/Friday"))
                .body("openingHoursSpecification[0].opens", equalTo("08:00"))
                .body("openingHoursSpecification[0].closes", equalTo("17:00"))
                .extract().asString();
        assertFollowsTheVocabulary(new ObjectMapper().readTree(body));
        assertFollowsTheVocabulary(new ObjectMapper().readTree(
                api().accept(LD_JSON).get("/locations/fort-myers").then().statusCode(200).extract().asString()));
    }

    @Test
    void jsonStaysTheDefaultAndEachRepresentationHasItsOwnTag() {
        String json = api().get("/locations/oak-park").then().statusCode(200).contentType("application/json")
                .extract().header("ETag");
        String ld = api().accept(LD_JSON).get("/locations/oak-park").then().statusCode(200)
                .header("Vary", containsString("Accept")).extract().header("ETag");
        assertThat(ld).isNotEqualTo(json);
        api().accept(LD_JSON).header("If-None-Match", ld).get("/locations/oak-park").then().statusCode(304);
        api().accept("text/html").get("/articles/failed-back-surgery-syndrome-treatment-options")
                .then().statusCode(406).contentType("application/problem+json");
        api().accept(LD_JSON).get("/articles/no-such-article").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No article 'no-such-article' exists."));
    }

    private static void assertFollowsTheVocabulary(JsonNode document) {
        assertThat(document.path("@context").asText()).isEqualTo("https://schema.org");
        assertObject(document, "$");
    }

    private static void assertObject(JsonNode node, String where) {
        String type = node.path("@type").asText();
        assertThat(VOCABULARY).as("schema.org type at " + where).containsKey(type);
        Map<String, Set<String>> properties = VOCABULARY.get(type);
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("@type") || name.equals("@context")) {
                continue;
            }
            assertThat(properties).as(type + " has the property " + name + " (at " + where + ")").containsKey(name);
            for (JsonNode value : field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
                if (value.isObject()) {
                    assertThat(properties.get(name)).as(name + " of " + type + " accepts a " + value.path("@type"))
                            .contains(value.path("@type").asText());
                    assertObject(value, where + "." + name);
                } else if (name.equals("dayOfWeek")) {
                    assertThat(value.asText()).matches(DAY);
                } else {
                    assertThat(properties.get(name)).as(name + " of " + type + " takes a text or number").isEmpty();
                }
            }
        }
    }
}
