package com.caringmedical.clinic.preview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class PreviewLinkRepository implements PanacheRepositoryBase<PreviewLink, UUID> {

    Optional<PreviewLink> findByTokenHash(byte[] hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    List<PreviewLink> ofItem(String kind, long itemId) {
        return list("kind = ?1 and itemId = ?2", Sort.descending("createdAt"), kind, itemId);
    }

    long deleteOfItem(String kind, long itemId) {
        return delete("kind = ?1 and itemId = ?2", kind, itemId);
    }

    long pruneStoppedBefore(Instant before) {
        return delete("expiresAt < ?1 or revokedAt < ?1", before);
    }
}
