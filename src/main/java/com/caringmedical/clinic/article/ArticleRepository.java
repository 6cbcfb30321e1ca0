package com.caringmedical.clinic.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ArticleRepository implements PanacheRepository<Article> {

    /** Articles with the topic and discussing the treatment; a null filter matches every article. */
    PanacheQuery<Article> findFiltered(String topic, String treatmentSlug, Sort sort) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (topic != null) {
            clauses.add("array_contains(topics, :topic)");
            params.put("topic", topic);
        }
        if (treatmentSlug != null) {
            clauses.add("id in (select a.id from Article a join a.treatments t where t.slug = :treatment)");
            params.put("treatment", treatmentSlug);
        }
        return clauses.isEmpty() ? findAll(sort) : find(String.join(" and ", clauses), sort, params);
    }

    Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
