package com.caringmedical.clinic.question;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.location.Location;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    /** The question, locked for this transaction: changes to one question happen one after another. */
    public Optional<Question> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Deletes spam that has been spam since before the cutoff; notes, history and mails go with it. */
    public long deleteSpamSince(Instant cutoff) {
        return delete("status = ?1 and statusChangedAt < ?2", QuestionStatus.SPAM, cutoff);
    }

    /** Questions in one of these statuses since before the cutoff whose personal data are still held. */
    public List<UUID> findUnerasedUnmovedSince(Set<QuestionStatus> statuses, Instant cutoff) {
        return getEntityManager().createQuery("select q.id from Question q where q.status in :statuses "
                + "and q.statusChangedAt < :cutoff and q.erasedAt is null", UUID.class)
                .setParameter("statuses", statuses)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /** Questions name the office they are for (every one counts, spam and erased too): such an office stays. */
    @Produces
    static Referrers<Location> questionsNamingOffices(QuestionRepository questions) {
        return (office, publishedOnly) -> questions.count("location", office);
    }
}
