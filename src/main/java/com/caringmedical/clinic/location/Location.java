package com.caringmedical.clinic.location;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/** One of the clinic's offices. */
@Entity
@Table(name = "location")
public class Location {

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

    @ElementCollection
    @CollectionTable(name = "location_opening_hours", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<OpeningHours> openingHours = new ArrayList<>();

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

    public String timeZone() {
        return timeZone;
    }

    public List<OpeningHours> openingHours() {
        return openingHours;
    }
}
