package com.caringmedical.clinic.question.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.question.Question;
import com.caringmedical.clinic.question.QuestionRepository;
import com.caringmedical.clinic.question.QuestionStatus;
import com.caringmedical.clinic.web.problem.InvalidParameterException;

/**
 * The filters staff use to find questions, for the list and the CSV export alike. All are optional. Their
 * examples are in the descriptions, not in OpenAPI's example field: Swagger UI fills that into "Try it out",
 * and a staff member pressing Execute should see every question, not an example filter's empty page.
 */
public class QuestionFilter {

    private static final String DATE_OR_TIME = "must be a date (2026-11-24) or a date and time with an offset "
            + "(2026-11-24T09:00:00-06:00)";

    @QueryParam("status")
    @Parameter(description = "Only questions in this status (any letter case). Example: NEW")
    QuestionStatus status;

    @QueryParam("location")
    @Parameter(description = "Only questions for this office (slug). Example: oak-park")
    String location;

    @QueryParam("assignee")
    @Parameter(description = "Only questions assigned to this staff account (username). Example: staff")
    String assignee;

    @QueryParam("receivedFrom")
    @Parameter(description = "Received at or after this moment. A plain date means the start of that day in the "
            + "clinic's review time zone (America/Chicago unless configured). Example: 2026-11-01")
    String receivedFrom;

    @QueryParam("receivedTo")
    @Parameter(description = "Received at or before this moment. A plain date includes the whole of that day. "
            + "Example: 2026-11-30T17:00:00-06:00")
    String receivedTo;

    @QueryParam("q")
    @Size(min = 2, max = 200)
    @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    @Parameter(description = "Text to find (any letter case) in the patient's name, email address or question. "
            + "Example: prolotherapy")
    String q;

    /** The filters as the repository takes them, with dates resolved in the review time zone. */
    Criteria criteria(ZoneId zone) {
        Instant from = receivedFrom == null ? null : moment(receivedFrom, "receivedFrom", zone, false);
        Instant to = receivedTo == null ? null : moment(receivedTo, "receivedTo", zone, true);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("receivedTo", "must not be before receivedFrom");
        }
        return new Criteria(status, location, assignee, from, to, q == null ? null : q.strip());
    }

    record Criteria(QuestionStatus status, String location, String assignee, Instant receivedFrom,
            Instant receivedTo, String text) {

        /** Questions matching every criterion that is set (a null criterion does not filter), in the given order. */
        PanacheQuery<Question> find(QuestionRepository questions, Sort sort) {
            StringBuilder where = new StringBuilder("1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (status != null) {
                where.append(" and status = :status");
                parameters.put("status", status);
            }
            if (location != null) {
                where.append(" and location.slug = :location");
                parameters.put("location", location);
            }
            if (assignee != null) {
                where.append(" and assignee = :assignee");
                parameters.put("assignee", assignee);
            }
            if (receivedFrom != null) {
                where.append(" and receivedAt >= :from");
                parameters.put("from", receivedFrom);
            }
            if (receivedTo != null) {
                where.append(" and receivedAt <= :to");
                parameters.put("to", receivedTo);
            }
            if (text != null) {
                where.append(" and (lower(firstName) like :text escape '\\' or lower(lastName) like :text escape '\\'"
                        + " or lower(email) like :text escape '\\' or lower(text) like :text escape '\\')");
                parameters.put("text", "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%");
            }
            return questions.find(where.toString(), sort, parameters);
        }

        private static String likeEscaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    private static Instant moment(String value, String name, ZoneId zone, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return endOfDay ? date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000)
                        : date.atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, DATE_OR_TIME);
        }
    }
}
