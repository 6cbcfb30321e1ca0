package com.caringmedical.clinic.location;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.UpdateTimestamp;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedContent;

/** One of the clinic's offices. */
@Entity
@Table(name = "location")
public class Location implements SluggedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;

    @Embedded
    private Address address;

    /** E.164, e.g. +17083938266. */
    private String phone;
    private String fax;
    private double latitude;
    private double longitude;

    /** IANA zone id, e.g. America/Chicago. */
    @Column(name = "time_zone")
    private String timeZone;

    /** The media item shown with the office (a photo of the building or the waiting room). */
    @Column(name = "featured_image_id")
    private Long featuredImage;

    @Enumerated(EnumType.STRING)
    private PublicationStatus status;

    /** Incremented by Hibernate on every change; the editor's ETag. */
    @Version
    private int version;

    /** Set by Hibernate on every save. */
    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "location_opening_hours", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<OpeningHours> openingHours = new ArrayList<>();

    protected Location() {
    }

    Location(LocationForm form) {
        apply(form);
    }

    /** Takes every field from the editor's form (a PUT replaces the whole office). */
    final void apply(LocationForm form) {
        slug = form.slug();
        name = form.name().strip();
        LocationForm.AddressForm a = form.address();
        address = new Address(a.line1().strip(), blankToNull(a.line2()), a.city().strip(), a.region().strip(),
                a.postalCode().strip(), a.country());
        phone = form.phone();
        fax = form.fax();
        latitude = form.position().latitude();
        longitude = form.position().longitude();
        timeZone = form.timeZone();
        featuredImage = form.featuredImage();
        openingHours.clear();
        form.openingHours().forEach(hours -> openingHours.add(new OpeningHours(
                hours.days().stream().distinct().map(DayOfWeek::name).toList(),
                LocalTime.parse(hours.opens()), LocalTime.parse(hours.closes()))));
        status = form.status() == null ? PublicationStatus.DRAFT : form.status();
    }

    /** Whether the office is open at this moment, by its opening hours in its own time zone. */
    boolean isOpenAt(Instant moment) {
        ZonedDateTime local = moment.atZone(ZoneId.of(timeZone));
        LocalTime time = local.toLocalTime();
        return openingHours.stream().anyMatch(hours -> hours.days().contains(local.getDayOfWeek().name())
                && !time.isBefore(hours.opens()) && time.isBefore(hours.closes()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    @Override
    public PublicationStatus status() {
        return status;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String fax() {
        return fax;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    Long featuredImage() {
        return featuredImage;
    }

    public String timeZone() {
        return timeZone;
    }

    public List<OpeningHours> openingHours() {
        return openingHours;
    }

    /** When the item was last saved. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
