package com.caringmedical.clinic.location;

import java.time.DayOfWeek;

final class LocationMapper {

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
                                h.opens(), h.closes()))
                        .toList());
    }
}
