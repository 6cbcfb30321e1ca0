package com.caringmedical.clinic.question;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {
}
