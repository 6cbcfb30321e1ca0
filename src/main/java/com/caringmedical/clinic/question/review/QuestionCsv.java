package com.caringmedical.clinic.question.review;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Questions as an RFC 4180 CSV file (Apache Commons CSV does the quoting). A spreadsheet runs a cell that
 * begins with = + - @, a tab or a carriage return as a formula, and a patient controls the text of most cells;
 * such a cell is prefixed with an apostrophe (OWASP's advice on CSV injection), so it opens as plain text.
 */
final class QuestionCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final String[] HEADER = { "id", "receivedAt", "status", "assignee", "location", "firstName",
            "lastName", "email", "phone", "question", "sourceArticle", "erasedAt" };

    private QuestionCsv() {
    }

    static String of(List<QuestionView> questions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (QuestionView q : questions) {
                printer.printRecord(Arrays.stream(new Object[] { q.id(), q.receivedAt(), q.status(), q.assignee(),
                        q.location(), q.firstName(), q.lastName(), q.email(), q.phone(), q.question(),
                        q.sourceArticle(), q.erasedAt() }).map(QuestionCsv::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell's text, defused if a spreadsheet would take it for a formula. */
    static String cell(Object value) {
        String text = Objects.toString(value, "");
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
