package com.caringmedical.clinic.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Content as an editor sends it, one small valid form per kind; a test changes the fields it is about. Each is a
 * mutable map, and status is left out when null (the API then makes a draft).
 */
public final class ContentForms {

    private ContentForms() {
    }

    /** A slug no other test uses: the prefix, then eight random characters. */
    public static String newSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An article by the seeded author: a heading and a paragraph citing the first of two references. */
    public static Map<String, Object> article(String slug, String status) {
        Map<String, Object> article = new HashMap<>();
        article.put("slug", slug);
        article.put("title", "What is dry needling?");
        article.put("summary", "How it works, and what the studies say.");
        article.put("author", "ross-hauser");
        article.put("keyPoints", List.of("It targets trigger points."));
        article.put("topics", List.of("neck-pain"));
        article.put("body", List.of(
                Map.of("type", "heading", "level", 2, "text", "How it works"),
                Map.of("type", "paragraph", "content", List.of(
                        Map.of("text", "Fine needles go into tight bands of muscle"),
                        Map.of("text", "[1]", "marks", List.of(Map.of("type", "citation", "reference", 1))),
                        Map.of("text", ".")))));
        article.put("references", List.of(7, 3));
        article.put("treatments", List.of("prolotherapy"));
        return withStatus(article, status);
    }

    /** A treatment option with one evidence finding citing the reference. */
    public static Map<String, Object> treatment(String slug, String status, long referenceId) {
        Map<String, Object> treatment = new HashMap<>();
        treatment.put("slug", slug);
        treatment.put("name", "Dry needling");
        treatment.put("summary", "Thin needles placed in tight muscle bands to ease pain.");
        treatment.put("description", "A practitioner places fine needles into trigger points.");
        treatment.put("category", "INTERVENTIONAL");
        treatment.put("invasiveness", "MINIMALLY_INVASIVE");
        treatment.put("evidence", List.of(Map.of("finding", "In a trial, pain fell by a third.",
                "referenceId", referenceId)));
        return withStatus(treatment, status);
    }

    /** An office in Naperville, open Monday and Tuesday. */
    public static Map<String, Object> office(String slug, String status) {
        Map<String, Object> office = new HashMap<>();
        office.put("slug", slug);
        office.put("name", "Naperville office");
        office.put("address", Map.of("line1", "1 Main Street", "city", "Naperville", "region", "IL",
                "postalCode", "60540", "country", "US"));
        office.put("phone", "+16305550100");
        office.put("position", Map.of("latitude", 41.7508, "longitude", -88.1535));
        office.put("timeZone", "America/Chicago");
        office.put("openingHours", List.of(Map.of("days", List.of("MONDAY", "TUESDAY"), "opens", "08:00",
                "closes", "17:00")));
        return withStatus(office, status);
    }

    /** A medical reviewer's profile, with an ORCID iD whose check digit holds. */
    public static Map<String, Object> author(String slug, String status) {
        Map<String, Object> author = new HashMap<>();
        author.put("slug", slug);
        author.put("name", "Jane Doe");
        author.put("credentials", "DO");
        author.put("role", "Medical reviewer");
        author.put("bio", "Reviews the clinic's articles on spine care.");
        author.put("profileUrl", "https://www.clinic.example/team/jane-doe");
        author.put("orcid", "0000-0002-1825-0097");
        return withStatus(author, status);
    }

    private static Map<String, Object> withStatus(Map<String, Object> form, String status) {
        if (status != null) {
            form.put("status", status);
        }
        return form;
    }
}
