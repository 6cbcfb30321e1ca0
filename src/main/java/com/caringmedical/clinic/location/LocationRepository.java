package com.caringmedical.clinic.location;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedRepository;

@ApplicationScoped
class LocationRepository implements SluggedRepository<Location> {

    /** What the public sees: published offices only. */
    PanacheQuery<Location> findPublished(Sort sort) {
        return find("status", sort, PublicationStatus.PUBLISHED);
    }
}
