package com.caringmedical.clinic.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.PublicationStatus;

@ApplicationScoped
class ArticleRepository implements PanacheRepository<Article> {

    /**
     * Published articles with the topic, discussing the treatment and citing the reference; a null filter matches
     * every article.
     */
    PanacheQuery<Article> findFiltered(String topic, String treatmentSlug, Long referenceId, Sort sort) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        clauses.add("status = :status");
        params.put("status", PublicationStatus.PUBLISHED);
        if (topic != null) {
            clauses.add("array_contains(topics, :topic)");
            params.put("topic", topic);
        }
        if (treatmentSlug != null) {
            clauses.add("id in (select a.id from Article a join a.treatments t where t.slug = :treatment)");
            params.put("treatment", treatmentSlug);
        }
        if (referenceId != null) {
            clauses.add("id in (select a.id from Article a join a.references r where r.id = :reference)");
            params.put("reference", referenceId);
        }
        return find(String.join(" and ", clauses), sort, params);
    }

    Optional<Article> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, PublicationStatus.PUBLISHED).firstResultOptional();
    }

    /** Any article, drafts included: for editors. */
    Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    Optional<Article> findBySlugForUpdate(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    boolean slugTakenByAnother(String slug, Article except) {
        return find("slug", slug).stream().anyMatch(other -> other != except);
    }

    /** Writes the article's sections anew, in this order. */
    void replaceSections(Article article, List<ArticleSection> sections) {
        getEntityManager().createQuery("delete from ArticleSection s where s.article = :article")
                .setParameter("article", article).executeUpdate();
        sections.forEach(getEntityManager()::persist);
        article.sectionsReplacedBy(sections);
    }
}
