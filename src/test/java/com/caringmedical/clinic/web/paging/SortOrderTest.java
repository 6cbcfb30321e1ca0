package com.caringmedical.clinic.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.panache.common.Sort;
import com.caringmedical.clinic.web.problem.InvalidParameterException;

/** The sort parameter: documented keys, '-' for descending, each once, the id last so that pages are stable. */
class SortOrderTest {

    private static final Map<String, String> FIELDS = SortOrder.fields("name", "name", "city", "address.city", "id", "id");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name          | name asc, id asc
            -name         | name desc, id asc
            ' city '      | address.city asc, id asc
            -city,name    | address.city desc, name asc, id asc
            id            | id asc
            -id,name      | id desc, name asc
            """)
    void keysBecomeEntityPropertiesWithTheIdLast(String raw, String expected) {
        assertEquals(expected, describe(SortOrder.parse(raw, FIELDS, "name")));
    }

    @Test
    void noSortMeansTheDefault() {
        assertEquals("address.city desc, id asc", describe(SortOrder.parse(null, FIELDS, "-city")));
        assertEquals("address.city desc, id asc", describe(SortOrder.parse(" ", FIELDS, "-city")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bogus", "name,name", "name,-name", "-", "name,", ",name", "address.city", "Name", "--name" })
    void anythingElseIsAnInvalidSortListingTheKeys(String raw) {
        InvalidParameterException invalid = assertThrows(InvalidParameterException.class,
                () -> SortOrder.parse(raw, FIELDS, "name"));
        assertEquals("sort", invalid.parameter());
        assertEquals("must be a comma-separated list of name, city, id, each used once and optionally prefixed by '-'",
                invalid.getMessage());
    }

    private static String describe(Sort sort) {
        List<String> columns = sort.getColumns().stream()
                .map(column -> column.getName() + (column.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .toList();
        return String.join(", ", columns);
    }
}
