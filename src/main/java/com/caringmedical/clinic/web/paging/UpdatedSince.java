package com.caringmedical.clinic.web.paging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.caringmedical.clinic.web.problem.InvalidParameterException;

/** The {@code updatedSince} query parameter of the public content lists: only items saved at or after a time. */
public class UpdatedSince {

    static final String NAME = "updatedSince";

    @QueryParam(NAME)
    @Parameter(description = "Only items saved at or after this time (RFC 3339, with a zone). For an offline copy, "
            + "GET /changes also reports what was unpublished or deleted.", example = "2026-11-24T12:00:00Z")
    String text;

    /** The time asked for; the epoch (every item) when none was. */
    public Instant since() {
        if (text == null) {
            return Instant.EPOCH;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new InvalidParameterException(NAME, "must be a date and time with a zone, such as "
                    + "2026-11-24T12:00:00Z");
        }
    }
}
