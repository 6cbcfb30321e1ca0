package com.caringmedical.clinic.location;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;

final class LocationMapper {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private LocationMapper() {
    }

    static LocationView toView(Location location) {
        Address address = location.address();
        return new LocationView(
                location.slug(),
                location.name(),
                new LocationView.AddressView(address.line1(), address.line2(), address.city(), address.region(),
                        address.postalCode(), address.country()),
                location.phone(),
                location.fax(),
                new LocationView.GeoPositionView(location.latitude(), location.longitude()),
                location.timeZone(),
                location.openingHours().stream()
                        .map(h -> new LocationView.OpeningHoursView(h.days().stream().map(DayOfWeek::valueOf).toList(),
                                HOURS.format(h.opens()), HOURS.format(h.closes())))
                        .toList());
    }
}
