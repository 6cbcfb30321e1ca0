package com.caringmedical.clinic.location;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.media.MediaView;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An office as clients see it. */
@Schema(name = "Location")
public record LocationView(
        @Schema(examples = "oak-park") String slug,
        @Schema(examples = "Chicagoland office") String name,
        AddressView address,
        @Schema(description = "E.164 phone number.", examples = "+17083938266") String phone,
        @Schema(description = "E.164 fax number.", examples = "+18557791950") @JsonInclude(JsonInclude.Include.NON_NULL) String fax,
        GeoPositionView position,
        @Schema(description = "IANA time zone of the office; opening hours are in this zone.", examples = "America/Chicago")
        String timeZone,
        List<OpeningHoursView> openingHours,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "A photo of the office, with its files and srcsets.") MediaView featuredImage,
        @Schema(description = "Whether the office is open at the time of the answer, by its hours in its own time "
                + "zone. Answers may be cached for a few minutes.", examples = "true") boolean openNow,
        @Schema(description = "With near: the great-circle distance from that point, in km.", examples = "3.2")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm,
        @Schema(description = "When it was last saved.", examples = "2026-11-24T12:00:00Z") Instant updatedAt) {

    @Schema(name = "Address")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AddressView(
            @Schema(examples = "715 Lake Street") String line1,
            @Schema(examples = "Suite 600") String line2,
            @Schema(examples = "Oak Park") String city,
            @Schema(description = "State or region code.", examples = "IL") String region,
            @Schema(examples = "60301") String postalCode,
            @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "US") String country) {
    }

    @Schema(name = "GeoPosition")
    public record GeoPositionView(@Schema(examples = "41.8885") double latitude, @Schema(examples = "-87.7946") double longitude) {
    }

    @Schema(name = "OpeningHours")
    public record OpeningHoursView(
            @Schema(description = "Days these hours apply to.") List<DayOfWeek> days,
            @Schema(description = "Local opening time, HH:mm (24-hour).", pattern = "^[0-2][0-9]:[0-5][0-9]$",
                    examples = "08:00") String opens,
            @Schema(description = "Local closing time, HH:mm (24-hour).", pattern = "^[0-2][0-9]:[0-5][0-9]$",
                    examples = "17:00") String closes) {
    }
}
