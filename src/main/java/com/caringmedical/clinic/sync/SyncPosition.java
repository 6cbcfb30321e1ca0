package com.caringmedical.clinic.sync;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caringmedical.clinic.web.problem.InvalidParameterException;

/**
 * Where a client stands in the change feed: the transaction and row of the last change it has, written
 * {@code <tx>.<id>} ({@code 7421.1093}). Clients treat it as opaque.
 */
record SyncPosition(long tx, long id) {

    static final SyncPosition START = new SyncPosition(0, 0);
    static final String PARAMETER = "since";

    private static final Pattern TEXT = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

    /** A position as the feed's queries give it: the transaction id and the row id, as numbers. */
    static SyncPosition of(Object[] row) {
        return new SyncPosition(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    static SyncPosition parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidParameterException(PARAMETER, "must be a position this API gave (next), such as 7421.1093");
        }
        return new SyncPosition(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    boolean isBefore(SyncPosition other) {
        return tx < other.tx || tx == other.tx && id < other.id;
    }

    @Override
    public String toString() {
        return tx + "." + id;
    }
}
