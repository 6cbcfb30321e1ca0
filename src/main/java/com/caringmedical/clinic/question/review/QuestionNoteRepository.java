package com.caringmedical.clinic.question.review;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class QuestionNoteRepository implements PanacheRepositoryBase<QuestionNote, UUID> {

    List<QuestionNote> findByQuestion(UUID questionId) {
        return list("questionId", Sort.by("createdAt").and("id"), questionId);
    }

    long deleteByQuestion(UUID questionId) {
        return delete("questionId", questionId);
    }
}
