package com.caringmedical.clinic.location;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.caringmedical.clinic.media.MediaView;

final class LocationMapper {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private LocationMapper() {
    }

    /**
     * The office as the public sees it at {@code now}, with its distance from {@code near} when there is one and
     * its featured image from {@code images}.
     */
    static LocationView toView(Location location, Instant now, GeoPoint near, Map<Long, MediaView> images) {
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
                        .toList(),
                location.featuredImage() == null ? null : images.get(location.featuredImage()),
                location.isOpenAt(now),
                near == null ? null : Math.round(near.kilometresTo(location.latitude(), location.longitude()) * 10) / 10.0,
                location.updatedAt());
    }
}
