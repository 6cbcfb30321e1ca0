package com.caringmedical.clinic.location;

import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The same opening and closing time on a set of weekdays, in the location's own time zone. */
@Embeddable
public class OpeningHours {

    /** ISO day names, e.g. MONDAY. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "days")
    private List<String> days;

    private LocalTime opens;
    private LocalTime closes;

    protected OpeningHours() {
    }

    OpeningHours(List<String> days, LocalTime opens, LocalTime closes) {
        this.days = days;
        this.opens = opens;
        this.closes = closes;
    }

    public List<String> days() {
        return days;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }
}
