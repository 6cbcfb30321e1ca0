package com.caringmedical.clinic.revision;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;

@ApplicationScoped
class RevisionRepository implements PanacheRepository<Revision> {

    /** The newest revision's number, 0 when the item has none. */
    int newestNumber(String kind, long itemId) {
        Integer newest = getEntityManager()
                .createQuery("select max(r.number) from Revision r where r.kind = :kind and r.itemId = :item",
                        Integer.class)
                .setParameter("kind", kind).setParameter("item", itemId).getSingleResult();
        return newest == null ? 0 : newest;
    }

    PageView<RevisionSummary> page(String kind, long itemId, PageParams page) {
        return PageView.fetch(find("kind = ?1 and itemId = ?2", Sort.descending("number"), kind, itemId), page,
                RevisionSummary::of);
    }

    Optional<Revision> find(String kind, long itemId, int number) {
        return find("kind = ?1 and itemId = ?2 and number = ?3", kind, itemId, number).firstResultOptional();
    }

    /** The revision before {@code number} that is still kept, if any. */
    Optional<Revision> previous(String kind, long itemId, int number) {
        return find("kind = ?1 and itemId = ?2 and number < ?3", Sort.descending("number"), kind, itemId, number)
                .firstResultOptional();
    }

    /** Deletes the item's revisions numbered up to {@code number}. */
    long deleteUpTo(String kind, long itemId, int number) {
        return delete("kind = ?1 and itemId = ?2 and number <= ?3", kind, itemId, number);
    }
}
