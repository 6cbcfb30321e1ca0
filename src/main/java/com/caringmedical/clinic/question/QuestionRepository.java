package com.caringmedical.clinic.question;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    /** Questions with the given status and office (either may be null: no filter), in the given order. */
    PanacheQuery<Question> findFiltered(QuestionStatus status, String location, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (location != null) {
            where.append(" and location.slug = :location");
            parameters.put("location", location);
        }
        return find(where.toString(), sort, parameters);
    }
}
