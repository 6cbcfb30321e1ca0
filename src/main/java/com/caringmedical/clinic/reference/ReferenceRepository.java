package com.caringmedical.clinic.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ReferenceRepository implements PanacheRepositoryBase<Reference, Long> {

    PanacheQuery<Reference> findAllSorted(Sort sort) {
        return findAll(sort);
    }
}
