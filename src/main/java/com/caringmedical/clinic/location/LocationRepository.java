package com.caringmedical.clinic.location;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class LocationRepository implements PanacheRepository<Location> {

    Optional<Location> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
