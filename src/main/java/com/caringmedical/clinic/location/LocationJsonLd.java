package com.caringmedical.clinic.location;

import com.caringmedical.clinic.schemaorg.SchemaOrg;

/** An office as schema.org JSON-LD: a MedicalClinic with its address, position, hours and numbers. */
final class LocationJsonLd {

    private LocationJsonLd() {
    }

    static SchemaOrg.MedicalClinic of(LocationView location) {
        LocationView.AddressView address = location.address();
        String street = address.line2() == null ? address.line1() : address.line1() + ", " + address.line2();
        return new SchemaOrg.MedicalClinic(location.name(), location.phone(), location.fax(),
                new SchemaOrg.PostalAddress(street, address.city(), address.region(), address.postalCode(),
                        address.country()),
                new SchemaOrg.GeoCoordinates(location.position().latitude(), location.position().longitude()),
                location.openingHours().stream()
                        .map(h -> new SchemaOrg.OpeningHoursSpecification(h.days(), h.opens(), h.closes()))
                        .toList());
    }
}
