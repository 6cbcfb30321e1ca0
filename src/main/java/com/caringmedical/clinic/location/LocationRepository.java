package com.caringmedical.clinic.location;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedRepository;

@ApplicationScoped
class LocationRepository implements SluggedRepository<Location> {

    /** What the public sees: published offices only. */
    PanacheQuery<Location> findPublished(Sort sort) {
        return find("status", sort, PublicationStatus.PUBLISHED);
    }

    /** The published offices' ids by slug. */
    Map<String, Long> publishedIdsBySlug() {
        return getEntityManager().createQuery("select slug, id from Location where status = :status", Object[].class)
                .setParameter("status", PublicationStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
