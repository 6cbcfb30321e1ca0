package com.caringmedical.clinic.wordpress;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import com.caringmedical.clinic.editing.SlugChanged;

@ApplicationScoped
class ImportOriginRepository implements PanacheRepositoryBase<ImportOrigin, Long> {

    Optional<ImportOrigin> find(String site, ImportOrigin.OriginKind kind, String key) {
        return find("site = ?1 and originKind = ?2 and originKey = ?3", site, kind, key).firstResultOptional();
    }

    /** Records what the import made, and the version it left it at. */
    void made(String site, ImportOrigin.OriginKind kind, String key, ImportOrigin.LocalKind localKind,
            String localKey, String version, String hash) {
        ImportOrigin origin = new ImportOrigin(site, kind, key, localKind);
        origin.imported(localKey, version, hash, Instant.now());
        persist(origin);
    }

    /** An editor renamed an imported article or author: the next import finds it under its new slug. */
    @Transactional(Transactional.TxType.MANDATORY)
    void renamed(@Observes SlugChanged change) {
        ImportOrigin.LocalKind kind = switch (change.kind()) {
            case "article" -> ImportOrigin.LocalKind.ARTICLE;
            case "author" -> ImportOrigin.LocalKind.AUTHOR;
            default -> null;
        };
        if (kind != null) {
            list("localKind = ?1 and localKey = ?2", kind, change.from()).forEach(origin -> origin.renamed(change.to()));
        }
    }
}
