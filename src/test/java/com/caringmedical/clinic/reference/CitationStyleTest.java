package com.caringmedical.clinic.reference;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A reference's citation comes in the style the reader asks for: ama (the default), apa, vancouver or harvard, as
 * plain text and as an HTML fragment, rendered by citeproc-java with the official CSL styles.
 *
 * <p>The expected texts are known-good: the AMA ones are the citations on the clinic's own page, character for
 * character; the others were checked against the APA 7th edition, NLM Citing Medicine and Cite Them Right rules
 * for journal articles. One known difference: citeproc-java 3.5.2 puts the comma after a Harvard title inside the
 * closing quote ("review,’") where Cite Them Right puts it outside ("review’,").
 */
@QuarkusTest
class CitationStyleTest {

    static Stream<Arguments> seededReferencesInEveryStyle() {
        return Stream.of(
                Arguments.of(1, "ama", "Hussain A, Erdek M. Interventional pain management for failed back surgery "
                        + "syndrome. Pain Pract. Published online February 3, 2013. doi:10.1111/papr.12035"),
                Arguments.of(2, "ama", "Jeon YH. Spinal cord stimulation in pain management: a review. Korean J Pain. "
                        + "2012;25(3):143-150. doi:10.3344/kjp.2012.25.3.143"),
                Arguments.of(3, "ama", "Lebow RL, Adogwa O, Parker SL, Sharma A, Cheng J, McGirt MJ. Asymptomatic "
                        + "same-site recurrent disc herniation after lumbar discectomy: results of a prospective "
                        + "longitudinal study with 2-year serial imaging. Spine (Phila Pa 1976). 2011;36(25):2147-2151. "
                        + "doi:10.1097/BRS.0b013e3182054595"),
                Arguments.of(4, "ama", "Klessinger S. Radicular pain in post lumbar surgery syndrome: the significance "
                        + "of transforaminal injection of steroids. Pain Med. Published online August 8, 2012. "
                        + "doi:10.1111/j.1526-4637.2012.01463.x"),
                Arguments.of(5, "ama", "Weiner BK, Patel R. The accuracy of MRI in the detection of lumbar disc "
                        + "containment. J Orthop Surg Res. 2008;3:46. doi:10.1186/1749-799X-3-46"),
                Arguments.of(6, "ama", "Lakkol S, Bhatia C, Taranu R, Pollock R, Hadgaonkar S, Krishna M. Efficacy of "
                        + "less invasive posterior lumbar interbody fusion as revision surgery for patients with "
                        + "recurrent symptoms after discectomy. J Bone Joint Surg Br. 2011;93(11):1518-1523."),
                Arguments.of(7, "ama", "Cramer H, Haller H, Lauche R, Dobos G. Mindfulness-based stress reduction for "
                        + "low back pain. A systematic review. BMC Complement Altern Med. 2012;12(1):162. "
                        + "doi:10.1186/1472-6882-12-162"),

                Arguments.of(1, "apa", "Hussain, A., & Erdek, M. (2013). Interventional pain management for failed "
                        + "back surgery syndrome. Pain Practice. https://doi.org/10.1111/papr.12035"),
                Arguments.of(2, "apa", "Jeon, Y. H. (2012). Spinal cord stimulation in pain management: a review. The "
                        + "Korean Journal of Pain, 25(3), 143–150. https://doi.org/10.3344/kjp.2012.25.3.143"),
                Arguments.of(3, "apa", "Lebow, R. L., Adogwa, O., Parker, S. L., Sharma, A., Cheng, J., & McGirt, M. J. "
                        + "(2011). Asymptomatic same-site recurrent disc herniation after lumbar discectomy: results of "
                        + "a prospective longitudinal study with 2-year serial imaging. Spine, 36(25), 2147–2151. "
                        + "https://doi.org/10.1097/BRS.0b013e3182054595"),
                Arguments.of(4, "apa", "Klessinger, S. (2012). Radicular pain in post lumbar surgery syndrome: the "
                        + "significance of transforaminal injection of steroids. Pain Medicine. "
                        + "https://doi.org/10.1111/j.1526-4637.2012.01463.x"),
                Arguments.of(5, "apa", "Weiner, B. K., & Patel, R. (2008). The accuracy of MRI in the detection of "
                        + "lumbar disc containment. Journal of Orthopaedic Surgery and Research, 3, 46. "
                        + "https://doi.org/10.1186/1749-799X-3-46"),
                Arguments.of(6, "apa", "Lakkol, S., Bhatia, C., Taranu, R., Pollock, R., Hadgaonkar, S., & Krishna, M. "
                        + "(2011). Efficacy of less invasive posterior lumbar interbody fusion as revision surgery for "
                        + "patients with recurrent symptoms after discectomy. The Journal of Bone and Joint Surgery. "
                        + "British Volume, 93(11), 1518–1523."),
                Arguments.of(7, "apa", "Cramer, H., Haller, H., Lauche, R., & Dobos, G. (2012). Mindfulness-based "
                        + "stress reduction for low back pain. A systematic review. BMC Complementary and Alternative "
                        + "Medicine, 12(1), 162. https://doi.org/10.1186/1472-6882-12-162"),

                // Citing Medicine ends the date with a semicolon before the volume; an article published online
                // without a volume keeps it, as the style has it.
                Arguments.of(1, "vancouver", "Hussain A, Erdek M. Interventional pain management for failed back "
                        + "surgery syndrome. Pain Pract. 2013 Feb 3;"),
                Arguments.of(2, "vancouver", "Jeon YH. Spinal cord stimulation in pain management: a review. Korean J "
                        + "Pain. 2012 Jul;25(3):143–50."),
                Arguments.of(3, "vancouver", "Lebow RL, Adogwa O, Parker SL, Sharma A, Cheng J, McGirt MJ. "
                        + "Asymptomatic same-site recurrent disc herniation after lumbar discectomy: results of a "
                        + "prospective longitudinal study with 2-year serial imaging. Spine (Phila Pa 1976). 2011 "
                        + "Dec;36(25):2147–51."),
                Arguments.of(4, "vancouver", "Klessinger S. Radicular pain in post lumbar surgery syndrome: the "
                        + "significance of transforaminal injection of steroids. Pain Med. 2012 Aug 8;"),
                Arguments.of(5, "vancouver", "Weiner BK, Patel R. The accuracy of MRI in the detection of lumbar disc "
                        + "containment. J Orthop Surg Res. 2008 Oct;3:46."),
                Arguments.of(6, "vancouver", "Lakkol S, Bhatia C, Taranu R, Pollock R, Hadgaonkar S, Krishna M. "
                        + "Efficacy of less invasive posterior lumbar interbody fusion as revision surgery for patients "
                        + "with recurrent symptoms after discectomy. J Bone Joint Surg Br. 2011 Nov;93(11):1518–23."),
                Arguments.of(7, "vancouver", "Cramer H, Haller H, Lauche R, Dobos G. Mindfulness-based stress "
                        + "reduction for low back pain. A systematic review. BMC Complement Altern Med. 2012 "
                        + "Sep;12(1):162."),

                Arguments.of(1, "harvard", "Hussain, A. and Erdek, M. (2013) ‘Interventional pain management for "
                        + "failed back surgery syndrome,’ Pain Practice [Preprint]. Available at: "
                        + "https://doi.org/10.1111/papr.12035."),
                Arguments.of(2, "harvard", "Jeon, Y.H. (2012) ‘Spinal cord stimulation in pain management: a review,’ "
                        + "The Korean Journal of Pain, 25(3), pp. 143–150. Available at: "
                        + "https://doi.org/10.3344/kjp.2012.25.3.143."),
                Arguments.of(3, "harvard", "Lebow, R.L. et al. (2011) ‘Asymptomatic same-site recurrent disc "
                        + "herniation after lumbar discectomy: results of a prospective longitudinal study with 2-year "
                        + "serial imaging,’ Spine, 36(25), pp. 2147–2151. Available at: "
                        + "https://doi.org/10.1097/BRS.0b013e3182054595."),
                Arguments.of(4, "harvard", "Klessinger, S. (2012) ‘Radicular pain in post lumbar surgery syndrome: the "
                        + "significance of transforaminal injection of steroids,’ Pain Medicine [Preprint]. Available "
                        + "at: https://doi.org/10.1111/j.1526-4637.2012.01463.x."),
                Arguments.of(5, "harvard", "Weiner, B.K. and Patel, R. (2008) ‘The accuracy of MRI in the detection of "
                        + "lumbar disc containment,’ Journal of Orthopaedic Surgery and Research, 3, p. 46. Available "
                        + "at: https://doi.org/10.1186/1749-799X-3-46."),
                Arguments.of(6, "harvard", "Lakkol, S. et al. (2011) ‘Efficacy of less invasive posterior lumbar "
                        + "interbody fusion as revision surgery for patients with recurrent symptoms after discectomy,’ "
                        + "The Journal of Bone and Joint Surgery. British volume, 93(11), pp. 1518–1523."),
                Arguments.of(7, "harvard", "Cramer, H. et al. (2012) ‘Mindfulness-based stress reduction for low back "
                        + "pain. A systematic review,’ BMC Complementary and Alternative Medicine, 12(1), p. 162. "
                        + "Available at: https://doi.org/10.1186/1472-6882-12-162."));
    }

    @ParameterizedTest(name = "reference {0} in {1}")
    @MethodSource("seededReferencesInEveryStyle")
    void everySeededReferenceIsCitedCorrectlyInEveryStyle(int id, String style, String expected) {
        api().queryParam("style", style).get("/references/" + id)
                .then().statusCode(200)
                .body("citation.style", equalTo(style))
                .body("citation.text", equalTo(expected));
    }

    @Test
    void amaIsTheDefaultStyle() {
        api().get("/references/2")
                .then().statusCode(200)
                .body("citation.style", equalTo("ama"))
                .body("citation.text", equalTo("Jeon YH. Spinal cord stimulation in pain management: a review. "
                        + "Korean J Pain. 2012;25(3):143-150. doi:10.3344/kjp.2012.25.3.143"));
    }

    @Test
    void theHtmlFragmentItalicisesTheJournalAndEscapesTheText() {
        api().queryParam("style", "ama").get("/references/2")
                .then().statusCode(200)
                .body("citation.html", equalTo("Jeon YH. Spinal cord stimulation in pain management: a review. "
                        + "<span style=\"font-style: italic\">Korean J Pain</span>. 2012;25(3):143-150. "
                        + "doi:10.3344/kjp.2012.25.3.143"));
        api().queryParam("style", "apa").get("/references/5")
                .then().statusCode(200)
                .body("citation.html", equalTo("Weiner, B. K., &amp; Patel, R. (2008). The accuracy of MRI in the "
                        + "detection of lumbar disc containment. <span style=\"font-style: italic\">Journal of "
                        + "Orthopaedic Surgery and Research</span>, <span style=\"font-style: italic\">3</span>, 46. "
                        + "https://doi.org/10.1186/1749-799X-3-46"));
        api().queryParam("style", "harvard").get("/references/2")
                .then().statusCode(200)
                .body("citation.html", containsString("&lsquo;Spinal cord stimulation in pain management: a "
                        + "review,&rsquo; <span style=\"font-style: italic\">The Korean Journal of Pain</span>"));
    }

    @Test
    void numberedStylesCiteOneReferenceWithoutABibliographyNumber() {
        for (String style : new String[] { "ama", "vancouver" }) {
            api().queryParam("style", style).get("/references/7")
                    .then().statusCode(200)
                    .body("citation.text", equalTo(style.equals("ama")
                            ? "Cramer H, Haller H, Lauche R, Dobos G. Mindfulness-based stress reduction for low back "
                                    + "pain. A systematic review. BMC Complement Altern Med. 2012;12(1):162. "
                                    + "doi:10.1186/1472-6882-12-162"
                            : "Cramer H, Haller H, Lauche R, Dobos G. Mindfulness-based stress reduction for low back "
                                    + "pain. A systematic review. BMC Complement Altern Med. 2012 Sep;12(1):162."))
                    .body("citation.html", not(containsString("csl-left-margin")));
        }
    }

    @Test
    void theStyleIsCaseInsensitiveAndAppliesToTheWholeList() {
        api().queryParam("style", "APA").queryParam("size", 7).get("/references")
                .then().statusCode(200)
                .body("items", hasSize(7))
                .body("items.citation.style", everyItem(equalTo("apa")))
                .body("items[1].citation.text", equalTo("Jeon, Y. H. (2012). Spinal cord stimulation in pain "
                        + "management: a review. The Korean Journal of Pain, 25(3), 143–150. "
                        + "https://doi.org/10.3344/kjp.2012.25.3.143"));
    }

    @Test
    void anArticlesReferenceListKeepsItsCitationNumbersInEveryStyle() {
        api().queryParam("style", "vancouver").get("/articles/failed-back-surgery-syndrome-treatment-options/references")
                .then().statusCode(200)
                .body("style", equalTo("vancouver"))
                .body("items.number", contains(1, 2, 3, 4, 5, 6, 7))
                .body("items.reference.id", contains(1, 2, 3, 4, 5, 6, 7))
                .body("items[3].reference.citation.text", equalTo("Klessinger S. Radicular pain in post lumbar "
                        + "surgery syndrome: the significance of transforaminal injection of steroids. Pain Med. "
                        + "2012 Aug 8;"));
        api().get("/articles/failed-back-surgery-syndrome-treatment-options/references")
                .then().statusCode(200)
                .body("style", equalTo("ama"))
                .body("items[1].reference.citation.text", equalTo("Jeon YH. Spinal cord stimulation in pain "
                        + "management: a review. Korean J Pain. 2012;25(3):143-150. doi:10.3344/kjp.2012.25.3.143"));
    }

    @Test
    void anUnknownStyleIsA400ProblemListingTheStyles() {
        for (String path : new String[] { "/references/2", "/references",
            "/articles/failed-back-surgery-syndrome-treatment-options/references" }) {
            api().queryParam("style", "mla").get(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:clinic:invalid-parameters"))
                    .body("errors[0].field", equalTo("style"))
                    .body("errors[0].message", equalTo("must be one of ama, apa, vancouver, harvard"));
        }
    }

    @Test
    void anUnknownArticlesReferenceListIsA404Problem() {
        api().get("/articles/no-such-article/references")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No article 'no-such-article' exists."));
    }
}
