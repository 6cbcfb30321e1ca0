package com.caringmedical.clinic.reference;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;

/**
 * Readers save references to their reference manager: the Accept header picks CSL-JSON, BibTeX or RIS, for one
 * reference or for an article's whole list. Each export is read back with an independent parser (citeproc-java's
 * CSL-JSON, BibTeX and RIS readers), so the files are not just plausible-looking but import with the right data.
 */
@QuarkusTest
class ReferenceExportTest {

    private static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    private static final String BIBTEX = "application/x-bibtex";
    private static final String RIS = "application/x-research-info-systems";
    private static final String ARTICLE_REFERENCES = "/articles/failed-back-surgery-syndrome-treatment-options/references";

    @Test
    void cslJsonIsAnArrayOfCslItemsThatCiteprocReadsBack() throws Exception {
        Response response = export("/references/2", CSL_JSON);
        response.then().header("Content-Disposition", "attachment; filename=\"reference-2.json\"");
        List<Map<String, Object>> items = new ObjectMapper().readValue(response.asByteArray(), new TypeReference<>() {
        });
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("id", "jeon2012spinal").containsEntry("type", "article-journal")
                .containsEntry("container-title-short", "Korean J Pain").containsEntry("PMID", "22787543");
        CSLItemData item = CSLItemData.fromJson(items.get(0));
        assertJeon2012(item);
        assertThat(item.getIssue()).isEqualTo("3");
        assertThat(item.getIssued().getDateParts()).isEqualTo(new int[][] { { 2012, 7 } });
    }

    @Test
    void bibtexIsAnArticleEntryThatABibtexParserReadsBack() throws Exception {
        Response response = export("/references/2", BIBTEX);
        response.then().header("Content-Disposition", "attachment; filename=\"reference-2.bib\"");
        assertThat(response.asString()).isEqualTo("""
                @article{jeon2012spinal,
                \tauthor = {Jeon, Y. H.},
                \ttitle = {Spinal cord stimulation in pain management: a review},
                \tjournal = {The Korean Journal of Pain},
                \tshortjournal = {Korean J Pain},
                \tyear = {2012},
                \tmonth = jul,
                \tvolume = {25},
                \tnumber = {3},
                \tpages = {143--150},
                \tdoi = {10.3344/kjp.2012.25.3.143},
                \tpmid = {22787543}
                }
                """);
        BibTeXConverter bibtex = new BibTeXConverter();
        Map<String, CSLItemData> read = bibtex.toItemData(bibtex.loadDatabase(stream(response)));
        assertJeon2012(read.get("jeon2012spinal"));
    }

    @Test
    void bibtexKeepsAcronymsAndNamesCapitalised() {
        assertThat(export("/references/5", BIBTEX).asString())
                .contains("title = {The accuracy of {MRI} in the detection of lumbar disc containment}");
        assertThat(export("/references/3", BIBTEX).asString())
                .contains("author = {Lebow, R. L. and Adogwa, O. and Parker, S. L. and Sharma, A. and Cheng, J. and "
                        + "McGirt, M. J.}");
    }

    @Test
    void risIsAJournalRecordThatARisParserReadsBack() throws Exception {
        Response response = export("/references/2", RIS);
        response.then().header("Content-Disposition", "attachment; filename=\"reference-2.ris\"");
        assertThat(response.asString()).isEqualTo(String.join("\r\n",
                "TY  - JOUR", "ID  - jeon2012spinal", "AU  - Jeon, Y. H.",
                "TI  - Spinal cord stimulation in pain management: a review", "T2  - The Korean Journal of Pain",
                "J2  - Korean J Pain", "PY  - 2012", "DA  - 2012/07//", "VL  - 25", "IS  - 3", "SP  - 143", "EP  - 150",
                "DO  - 10.3344/kjp.2012.25.3.143", "AN  - 22787543", "UR  - https://doi.org/10.3344/kjp.2012.25.3.143",
                "ER  - ", ""));
        RISLibrary library = new RISParser().parse(new InputStreamReader(stream(response), StandardCharsets.UTF_8));
        RISReference read = library.getReferences().get(0);
        assertThat(read.getSecondaryTitle()).isEqualTo("The Korean Journal of Pain");
        // citeproc-java's RIS reader takes the J2 abbreviation, where there is one, as the journal.
        assertJeon2012(new RISConverter().toItemData(read), "Korean J Pain");
    }

    @Test
    void anArticlesWholeListExportsInCitationOrder() throws Exception {
        String bibtex = export(ARTICLE_REFERENCES, BIBTEX).asString();
        assertThat(Arrays.stream(bibtex.split("\\R")).filter(line -> line.startsWith("@article{")))
                .containsExactly("@article{hussain2013interventional,", "@article{jeon2012spinal,",
                        "@article{lebow2011asymptomatic,", "@article{klessinger2012radicular,",
                        "@article{weiner2008accuracy,", "@article{lakkol2011efficacy,", "@article{cramer2012mindfulness,");
        BibTeXConverter converter = new BibTeXConverter();
        assertThat(converter.toItemData(converter.loadDatabase(new ByteArrayInputStream(
                bibtex.getBytes(StandardCharsets.UTF_8))))).hasSize(7);

        Response ris = export(ARTICLE_REFERENCES, RIS);
        ris.then().header("Content-Disposition",
                "attachment; filename=\"failed-back-surgery-syndrome-treatment-options-references.ris\"");
        RISLibrary library = new RISParser().parse(new InputStreamReader(stream(ris), StandardCharsets.UTF_8));
        assertThat(library.getReferences()).extracting(r -> r.getTitle()).hasSize(7)
                .startsWith("Interventional pain management for failed back surgery syndrome");

        List<Map<String, Object>> items = new ObjectMapper().readValue(export(ARTICLE_REFERENCES, CSL_JSON).asByteArray(),
                new TypeReference<>() {
                });
        assertThat(items).extracting(item -> item.get("id")).containsExactly("hussain2013interventional",
                "jeon2012spinal", "lebow2011asymptomatic", "klessinger2012radicular", "weiner2008accuracy",
                "lakkol2011efficacy", "cramer2012mindfulness");
        assertThat(CSLItemData.fromJson(items.get(0)).getIssued().getDateParts()).isEqualTo(new int[][] { { 2013, 2, 3 } });
    }

    @Test
    void exportsAreCacheableAndVaryWithAccept() {
        Response first = export("/references/2", RIS);
        first.then().header("Vary", containsString("Accept")).header("Cache-Control", startsWith("public"));
        String tag = first.header("ETag");
        assertThat(tag).isNotEqualTo(api().get("/references/2").header("ETag"));
        api().accept(RIS).header("If-None-Match", tag).get("/references/2").then().statusCode(304);
    }

    @Test
    void jsonStaysTheDefaultAndTheBestAcceptedTypeWins() {
        api().get("/references/2").then().statusCode(200).contentType("application/json");
        api().accept("*/*").get("/references/2").then().statusCode(200).contentType("application/json");
        api().accept("application/json;q=0.5, application/x-bibtex").get("/references/2")
                .then().statusCode(200).contentType(startsWith(BIBTEX));
    }

    @Test
    void aMediaTypeNoFormatMatchesIsA406Problem() {
        for (String path : new String[] { "/references/2", ARTICLE_REFERENCES }) {
            api().accept("text/html").get(path)
                    .then().statusCode(406)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:clinic:not-acceptable"));
        }
    }

    @Test
    void anExportOfWhatDoesNotExistIsA404Problem() {
        api().accept(BIBTEX).get("/references/999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No reference '999' exists."));
    }

    private static Response export(String path, String mediaType) {
        Response response = api().accept(mediaType).get(path);
        response.then().statusCode(200).contentType(startsWith(mediaType));
        return response;
    }

    private static ByteArrayInputStream stream(Response response) {
        return new ByteArrayInputStream(response.asByteArray());
    }

    /**
     * The fields every parser reads back for Jeon 2012. (citeproc-java's BibTeX reader leaves out the issue and its
     * RIS reader keeps the date unparsed, so those are checked in the exact text of each export.)
     */
    private static void assertJeon2012(CSLItemData item) {
        assertJeon2012(item, "The Korean Journal of Pain");
    }

    private static void assertJeon2012(CSLItemData item, String journal) {
        assertThat(item.getTitle()).isEqualTo("Spinal cord stimulation in pain management: a review");
        assertThat(item.getContainerTitle()).isEqualTo(journal);
        assertThat(item.getAuthor()).extracting(CSLName::getFamily).containsExactly("Jeon");
        assertThat(item.getAuthor()).extracting(CSLName::getGiven).containsExactly("Y. H.");
        assertThat(item.getVolume()).isEqualTo("25");
        assertThat(item.getPage()).isEqualTo("143-150");
        assertThat(item.getDOI()).isEqualTo("10.3344/kjp.2012.25.3.143");
    }
}
