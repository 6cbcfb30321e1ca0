package com.caringmedical.clinic.redirect;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class RedirectRepository implements PanacheRepository<Redirect> {

    Optional<Redirect> findByPath(String path) {
        return find("path", path).firstResultOptional();
    }

    /** The redirects that lead to the item: renaming it leads them all to the new slug, so no chain forms. */
    List<Redirect> findLeadingTo(RedirectKind kind, String slug) {
        return list("kind = ?1 and slug = ?2", kind, slug);
    }
}
