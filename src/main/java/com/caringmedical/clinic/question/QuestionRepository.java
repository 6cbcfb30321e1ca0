package com.caringmedical.clinic.question;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.location.Location;

@ApplicationScoped
class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    /** Questions matching every criterion that is set (a null criterion does not filter), in the given order. */
    PanacheQuery<Question> findFiltered(QuestionFilter.Criteria criteria, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.location() != null) {
            where.append(" and location.slug = :location");
            parameters.put("location", criteria.location());
        }
        if (criteria.assignee() != null) {
            where.append(" and assignee = :assignee");
            parameters.put("assignee", criteria.assignee());
        }
        if (criteria.receivedFrom() != null) {
            where.append(" and receivedAt >= :from");
            parameters.put("from", criteria.receivedFrom());
        }
        if (criteria.receivedTo() != null) {
            where.append(" and receivedAt <= :to");
            parameters.put("to", criteria.receivedTo());
        }
        if (criteria.text() != null) {
            where.append(" and (lower(firstName) like :text escape '\\' or lower(lastName) like :text escape '\\'"
                    + " or lower(email) like :text escape '\\' or lower(text) like :text escape '\\')");
            parameters.put("text", "%" + likeEscaped(criteria.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return find(where.toString(), sort, parameters);
    }

    /** The question, locked for this transaction: changes to one question happen one after another. */
    Optional<Question> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Deletes spam that has been spam since before the cutoff; notes, history and mails go with it. */
    long deleteSpamSince(Instant cutoff) {
        return delete("status = ?1 and statusChangedAt < ?2", QuestionStatus.SPAM, cutoff);
    }

    /** Questions in one of these statuses since before the cutoff whose personal data are still held. */
    List<UUID> findUnerasedUnmovedSince(Set<QuestionStatus> statuses, Instant cutoff) {
        return getEntityManager().createQuery("select q.id from Question q where q.status in :statuses "
                + "and q.statusChangedAt < :cutoff and q.erasedAt is null", UUID.class)
                .setParameter("statuses", statuses)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Questions name the office they are for (every one counts, spam and erased too): such an office stays. */
    @Produces
    static Referrers<Location> questionsNamingOffices(QuestionRepository questions) {
        return (office, publishedOnly) -> questions.count("location", office);
    }
}
