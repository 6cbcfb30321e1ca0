package com.caringmedical.clinic.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Open now means: within the hours of today in the office's own time zone, not the server's. */
class OpeningHoursTest {

    /** Open Monday and Tuesday 08:00-17:00 in Chicago (UTC-6 in November). */
    private final Location chicago = new Location(new LocationForm("naperville", "Naperville office",
            new LocationForm.AddressForm("1 Main Street", null, "Naperville", "IL", "60540", "US"), "+16305550100",
            null, new LocationForm.PositionForm(41.75, -88.15), "America/Chicago",
            List.of(new LocationForm.HoursForm(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), "08:00", "17:00")), null,
            null));

    @Test
    void openWithinTheHoursOfTheDayInTheOfficesZone() {
        assertTrue(chicago.isOpenAt(Instant.parse("2026-11-23T16:00:00Z")), "Monday 10:00 in Chicago");
        assertTrue(chicago.isOpenAt(Instant.parse("2026-11-23T14:00:00Z")), "Monday 08:00, opening time");
    }

    @Test
    void closedOutsideThemAndOnOtherDays() {
        assertFalse(chicago.isOpenAt(Instant.parse("2026-11-23T23:00:00Z")), "Monday 17:00, closing time");
        assertFalse(chicago.isOpenAt(Instant.parse("2026-11-23T13:59:00Z")), "Monday 07:59");
        assertFalse(chicago.isOpenAt(Instant.parse("2026-11-25T16:00:00Z")), "Wednesday 10:00");
        assertFalse(chicago.isOpenAt(Instant.parse("2026-11-24T03:00:00Z")), "Monday 21:00, Tuesday in UTC");
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        GeoPoint chicagoLoop = new GeoPoint(41.8781, -87.6298);
        assertEquals(0.0, chicagoLoop.kilometresTo(41.8781, -87.6298), 1e-9);
        // Chicago to New York City is about 1,145 km along the great circle.
        assertEquals(1145, chicagoLoop.kilometresTo(40.7128, -74.0060), 5);
    }
}
