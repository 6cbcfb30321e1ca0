package com.caringmedical.clinic.question.review;

import static com.caringmedical.clinic.testing.QuestionForms.submitAsking;
import static com.caringmedical.clinic.testing.StaffSignIn.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Staff download what a filter finds as a CSV file that a spreadsheet opens without running anything. */
@QuarkusTest
class QuestionExportTest {

    @Test
    void theExportIsACsvFileWithAHeaderAndOneRowPerQuestion() throws IOException {
        String word = "zebrafish" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = submitAsking("Does " + word + " therapy help, \"quoted\", with commas, and\nnew lines?");

        String csv = as("staff").queryParam("q", word).get("/questions/export")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", startsWith("attachment; filename=\"questions-"))
                .extract().asString();

        List<CSVRecord> rows = parse(csv);
        assertEquals(1, rows.size(), csv);
        CSVRecord row = rows.get(0);
        assertEquals(id.toString(), row.get("id"));
        assertEquals("NEW", row.get("status"));
        assertEquals("Maria", row.get("firstName"));
        assertEquals("maria.lopez@example.com", row.get("email"));
        assertEquals("oak-park", row.get("location"));
        assertEquals("Does " + word + " therapy help, \"quoted\", with commas, and\nnew lines?", row.get("question"));
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaOpenAsText() throws IOException {
        String word = "formula" + UUID.randomUUID().toString().substring(0, 6);
        submitAsking("=HYPERLINK(\"http://evil.example\",\"" + word + "\") is my question");

        CSVRecord row = parse(as("staff").queryParam("q", word).get("/questions/export").asString()).get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"" + word + "\") is my question", row.get("question"));
        assertEquals("'+1 708 555 0134", row.get("phone"));
    }

    @Test
    void everyExportedQuestionRecordsTheExportInItsHistory() {
        String word = "audit" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = submitAsking("A question about " + word + " and my knee.");
        as("staff").queryParam("q", word).get("/questions/export").then().statusCode(200);
        as("staff").get("/questions/" + id + "/history")
                .then().body("items.action", hasItem("EXPORTED"))
                .body("items.find { it.action == 'EXPORTED' }.actor", equalTo("staff"));
    }

    @Test
    void theExportTakesTheListsFilters() {
        as("staff").queryParam("receivedFrom", "yesterday").get("/questions/export")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("receivedFrom"));
        as("staff").queryParam("status", "spam").queryParam("receivedFrom", "2000-01-01")
                .queryParam("receivedTo", "2000-01-02").get("/questions/export")
                .then().statusCode(200)
                .body(equalTo("id,receivedAt,status,assignee,location,firstName,lastName,email,phone,question,"
                        + "sourceArticle,erasedAt\r\n"));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
