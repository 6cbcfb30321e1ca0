package com.caringmedical.clinic.question.review;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class QuestionEventRepository implements PanacheRepository<QuestionEvent> {

    PanacheQuery<QuestionEvent> findByQuestion(UUID questionId, Sort sort) {
        return find("questionId", sort, questionId);
    }
}
