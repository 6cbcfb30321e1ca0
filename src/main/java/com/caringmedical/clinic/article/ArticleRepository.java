package com.caringmedical.clinic.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedRepository;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.Treatment;

@ApplicationScoped
class ArticleRepository implements SluggedRepository<Article> {

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

    /** Writes the article's sections anew, in this order. */
    void replaceSections(Article article, List<ArticleSection> sections) {
        getEntityManager().createQuery("delete from ArticleSection s where s.article = :article")
                .setParameter("article", article).executeUpdate();
        sections.forEach(getEntityManager()::persist);
        article.sectionsReplacedBy(sections);
    }

    /** Articles that cite the reference: published ones only, or drafts too. */
    long countCiting(Reference reference, boolean publishedOnly) {
        return countJoined("a.references", reference, publishedOnly);
    }

    /** Articles that discuss the treatment option: published ones only, or drafts too. */
    long countDiscussing(Treatment treatment, boolean publishedOnly) {
        return countJoined("a.treatments", treatment, publishedOnly);
    }

    private long countJoined(String association, Object item, boolean publishedOnly) {
        return getEntityManager().createQuery("select count(a) from Article a join " + association
                + " x where x = :item and (:all = true or a.status = :published)", Long.class)
                .setParameter("item", item)
                .setParameter("all", !publishedOnly)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .getSingleResult();
    }
}
