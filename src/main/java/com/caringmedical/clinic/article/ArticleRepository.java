package com.caringmedical.clinic.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.author.Author;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedRepository;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.treatment.Treatment;

@ApplicationScoped
class ArticleRepository implements SluggedRepository<Article> {

    /**
     * Published articles with the topic, discussing the treatment, citing the reference, by the author and reviewed
     * by the reviewer, saved at or after {@code updatedSince}; a null filter matches every article.
     */
    PanacheQuery<Article> findFiltered(String topic, String treatmentSlug, Long referenceId, String authorSlug,
            String reviewerSlug, Instant updatedSince, Sort sort) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        clauses.add("status = :status");
        params.put("status", PublicationStatus.PUBLISHED);
        if (updatedSince.isAfter(Instant.EPOCH)) {
            clauses.add("updatedAt >= :since");
            params.put("since", updatedSince);
        }
        if (topic != null) {
            clauses.add("array_contains(topics, :topic)");
            params.put("topic", topic);
        }
        if (treatmentSlug != null) {
            clauses.add("id in (select a.id from Article a join a.treatments t where t.slug = :treatment)");
            params.put("treatment", treatmentSlug);
        }
        if (authorSlug != null) {
            clauses.add("author.slug = :author");
            params.put("author", authorSlug);
        }
        if (reviewerSlug != null) {
            clauses.add("reviewer.slug = :reviewer");
            params.put("reviewer", reviewerSlug);
        }
        if (referenceId != null) {
            clauses.add("id in (select a.id from Article a join a.references r where r.id = :reference)");
            params.put("reference", referenceId);
        }
        return find(String.join(" and ", clauses), sort, params);
    }

    /** A published article with its author and reviewer in the same statement. */
    @Override
    public Optional<Article> findPublishedBySlug(String slug) {
        return find("from Article a join fetch a.author left join fetch a.reviewer where a.slug = ?1 and a.status = ?2",
                slug, PublicationStatus.PUBLISHED).firstResultOptional();
    }

    /** Published articles never reviewed, or whose next review is due on or before the day. */
    PanacheQuery<Article> findReviewDue(LocalDate by, Sort sort) {
        return find("status = ?1 and (lastReviewedAt is null or nextReviewDue is null or nextReviewDue <= ?2)", sort,
                PublicationStatus.PUBLISHED, by);
    }

    /** The newest published articles the author wrote (or reviewed), at most {@code limit}. */
    List<Article> findPublishedBy(Author author, boolean asReviewer, int limit) {
        return find((asReviewer ? "reviewer" : "author") + " = ?1 and status = ?2",
                Sort.descending("publishedAt").and("id"), author, PublicationStatus.PUBLISHED).range(0, limit - 1).list();
    }

    /** Articles that name the author as writer or reviewer: published ones only, or drafts too. */
    long countNaming(Author author, boolean publishedOnly) {
        return count("(author = ?1 or reviewer = ?1) and (?2 = true or status = ?3)", author, !publishedOnly,
                PublicationStatus.PUBLISHED);
    }

    /** The slugs of the articles that show the image, as their featured image or in their body; drafts too. */
    @SuppressWarnings("unchecked")
    List<String> slugsShowing(long mediaId) {
        return getEntityManager().createNativeQuery("""
                select slug from article
                where featured_image_id = :media
                   or jsonb_path_exists(body, '$[*] ? (@.type == "image" && @.media == $media)',
                                        jsonb_build_object('media', cast(:media as bigint)))
                order by slug""")
                .setParameter("media", mediaId)
                .getResultList();
    }

    private static final String LINKS_TO = """
            jsonb_path_exists(body, '$.** ? (@.type == "link" && @.to.kind == $kind && @.to.slug == $slug)',
                              jsonb_build_object('kind', cast(:kind as text), 'slug', cast(:slug as text)))""";

    /**
     * Articles other than {@code except} whose body links to the item of this kind and slug: published ones only,
     * or drafts too.
     */
    long countLinking(Mark.LinkedKind kind, String slug, boolean publishedOnly, Article except) {
        return count(linking("select count(*) from article where (:all or status = 'PUBLISHED') and id <> :except "
                + "and " + LINKS_TO, kind, slug, publishedOnly)
                .setParameter("except", except == null ? -1L : except.id()));
    }

    /** Articles that discuss the treatment option or link to it: published ones only, or drafts too. */
    long countDiscussingOrLinking(Treatment treatment, boolean publishedOnly) {
        return count(linking("select count(*) from article where (:all or status = 'PUBLISHED') and (id in "
                + "(select article_id from article_treatment where treatment_id = :treatment) or " + LINKS_TO + ")",
                Mark.LinkedKind.TREATMENT, treatment.slug(), publishedOnly)
                .setParameter("treatment", treatment.id()));
    }

    private Query linking(String sql, Mark.LinkedKind kind, String slug, boolean publishedOnly) {
        return getEntityManager().createNativeQuery(sql)
                .setParameter("all", !publishedOnly)
                .setParameter("kind", kind.name())
                .setParameter("slug", slug);
    }

    private static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Articles that cite the reference: published ones only, or drafts too. */
    long countCiting(Reference reference, boolean publishedOnly) {
        return countJoined("a.references", reference, publishedOnly);
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
