package com.caringmedical.clinic.staff;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class StaffAccountRepository implements PanacheRepository<StaffAccount> {
}
