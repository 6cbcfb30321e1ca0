package com.caringmedical.clinic.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ReferenceRepository implements PanacheRepositoryBase<Reference, Long> {
}
