package com.caringmedical.clinic.web.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import com.caringmedical.clinic.web.problem.ProblemType;

/** If-Match as RFC 9110 has it for changes: required, "*" or a listed strong tag equal to the current version. */
class IfMatchTest {

    @ParameterizedTest
    @ValueSource(strings = { "\"v3\"", "*", " \"v3\" ", "\"v1\", \"v3\"", "\"v2\",\"v3\"" })
    void theCurrentVersionOrAnyMatches(String header) {
        assertDoesNotThrow(() -> IfMatch.check(header, IfMatch.versionTag(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"v2\"", "W/\"v3\"", "v3", "\"V3\"", "\"v3", "\"\"", ",", "\"v30\"" })
    void anyOtherTagFailsWithTheCurrentOneNamed(String header) {
        IfMatch.Failed failed = assertThrows(IfMatch.Failed.class, () -> IfMatch.check(header, IfMatch.versionTag(3)));
        assertEquals(ProblemType.PRECONDITION_FAILED, failed.type());
        assertEquals(true, failed.getMessage().contains("\"v3\""), failed.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   " })
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequired(String header) {
        IfMatch.Required required = assertThrows(IfMatch.Required.class,
                () -> IfMatch.check(header, IfMatch.versionTag(0)));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, required.type());
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 41 })
    void aVersionIsTaggedStronglyAsVAndItsNumber(int version) {
        assertEquals("\"v" + version + "\"", IfMatch.versionTag(version).toString());
    }
}
