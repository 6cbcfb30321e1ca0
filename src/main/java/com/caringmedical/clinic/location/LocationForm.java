package com.caringmedical.clinic.location;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.caringmedical.clinic.editing.PublicationStatus;

/**
 * An office as editors read and write it: the public shape plus whether it is published, so that what an editor
 * GETs can be changed and PUT back as it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EditableLocation", description = "An office as editors read and write it. status DRAFT keeps it "
        + "off the public API.")
public record LocationForm(
        @NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) @Schema(examples = "naperville") String slug,
        @NotBlank @Size(max = 200) @Schema(examples = "Naperville office") String name,
        @NotNull @Valid AddressForm address,
        @NotNull @Pattern(regexp = E164, message = E164_RULE) @Schema(examples = "+16305550100") String phone,
        @Pattern(regexp = E164, message = E164_RULE) @Schema(examples = "+16305550101") String fax,
        @NotNull @Valid PositionForm position,
        @NotBlank @Schema(description = "IANA time zone.", examples = "America/Chicago") String timeZone,
        @NotNull List<@NotNull @Valid HoursForm> openingHours,
        @Positive @Schema(description = "The id of the media item shown with the office.", examples = "42")
        Long featuredImage,
        @Schema(description = "DRAFT (the default when creating) or PUBLISHED.") PublicationStatus status) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_RULE = "must be lower-case letters and digits in words joined by '-'";
    static final String E164 = "\\+[1-9][0-9]{6,14}";
    static final String E164_RULE = "must be an E.164 number such as +17083938266";
    static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

    /** The editor's view of an office as stored. */
    static LocationForm of(Location location) {
        LocationView view = LocationMapper.toView(location, Instant.now(), null, Map.of());
        LocationView.AddressView a = view.address();
        return new LocationForm(view.slug(), view.name(),
                new AddressForm(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country()),
                view.phone(), view.fax(),
                new PositionForm(view.position().latitude(), view.position().longitude()), view.timeZone(),
                view.openingHours().stream().map(h -> new HoursForm(h.days(), h.opens(), h.closes())).toList(),
                location.featuredImage(), location.status());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EditableAddress")
    public record AddressForm(
            @NotBlank @Size(max = 200) @Schema(examples = "1 Main Street") String line1,
            @Size(max = 200) @Schema(examples = "Suite 100") String line2,
            @NotBlank @Size(max = 100) @Schema(examples = "Naperville") String city,
            @NotBlank @Size(max = 100) @Schema(examples = "IL") String region,
            @NotBlank @Size(max = 20) @Schema(examples = "60540") String postalCode,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US")
            @Schema(examples = "US") String country) {
    }

    @Schema(name = "EditablePosition")
    public record PositionForm(
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "41.7508") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "-88.1535") Double longitude) {
    }

    @Schema(name = "EditableOpeningHours")
    public record HoursForm(
            @NotEmpty List<@NotNull DayOfWeek> days,
            @NotNull @Pattern(regexp = HH_MM, message = "must be HH:mm") @Schema(examples = "08:00") String opens,
            @NotNull @Pattern(regexp = HH_MM, message = "must be HH:mm") @Schema(examples = "17:00") String closes) {
    }
}
