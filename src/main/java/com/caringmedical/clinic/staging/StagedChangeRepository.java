package com.caringmedical.clinic.staging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class StagedChangeRepository implements PanacheRepositoryBase<StagedChange, Long> {

    Optional<StagedChange> findOf(String kind, long itemId) {
        return find("kind = ?1 and itemId = ?2", kind, itemId).firstResultOptional();
    }

    long deleteOf(String kind, long itemId) {
        return delete("kind = ?1 and itemId = ?2", kind, itemId);
    }
}
