package com.caringmedical.clinic.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review workflow: NEW → IN_PROGRESS → ANSWERED → CLOSED, any status → SPAM, SPAM → NEW. */
class QuestionStatusTest {

    @ParameterizedTest(name = "{0} may move to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW         | IN_PROGRESS,SPAM
            IN_PROGRESS | ANSWERED,SPAM
            ANSWERED    | CLOSED,SPAM
            CLOSED      | SPAM
            SPAM        | NEW
            """)
    void eachStatusMovesForwardOrToSpam(QuestionStatus from, String allowed) {
        List<QuestionStatus> next = List.of(allowed.split(",")).stream().map(QuestionStatus::valueOf).toList();
        assertEquals(next, from.next());
        for (QuestionStatus target : QuestionStatus.values()) {
            assertEquals(next.contains(target), from.canMoveTo(target), from + " -> " + target);
        }
    }
}
