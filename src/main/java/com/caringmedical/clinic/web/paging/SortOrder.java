package com.caringmedical.clinic.web.paging;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.quarkus.panache.common.Sort;
import com.caringmedical.clinic.web.problem.InvalidParameterException;

/**
 * Parses a {@code sort} query parameter such as {@code -publishedAt,title}: a comma-separated list of
 * documented field names, each optionally prefixed by {@code -} for descending order.
 */
public final class SortOrder {

    private static final String TIE_BREAKER = "id";

    private SortOrder() {
    }

    /** Sort keys as pairs of public name and entity property, kept in the order given (the documented order). */
    public static Map<String, String> fields(String... nameAndProperty) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameAndProperty.length; i += 2) {
            fields.put(nameAndProperty[i], nameAndProperty[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * @param raw         the parameter as sent, or null for the default
     * @param fields      public field name to entity property, in documentation order
     * @param defaultSort used when the client sends none
     * @return the order, ending with the entity id (unless sorted by it already) so that paging is stable
     */
    public static Sort parse(String raw, Map<String, String> fields, String defaultSort) {
        String spec = raw == null || raw.isBlank() ? defaultSort : raw;
        Sort sort = null;
        Set<String> properties = new HashSet<>();
        for (String part : spec.split(",", -1)) {
            String key = part.strip();
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            String property = fields.get(name);
            if (property == null || !properties.add(property)) {
                throw new InvalidParameterException("sort", "must be a comma-separated list of "
                        + String.join(", ", fields.keySet()) + ", each used once and optionally prefixed by '-'");
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(property, direction) : sort.and(property, direction);
        }
        return properties.contains(TIE_BREAKER) ? sort : sort.and(TIE_BREAKER);
    }
}
