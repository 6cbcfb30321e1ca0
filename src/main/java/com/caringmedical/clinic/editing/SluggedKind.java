package com.caringmedical.clinic.editing;

import java.util.Optional;

/** A kind whose items are named by their slug: the look-ups come from its {@link SluggedRepository}. */
public abstract class SluggedKind<E extends SluggedContent, F> implements EditableKind<String, E, F> {

    private final SluggedRepository<E> repository;
    private final String noun;

    protected SluggedKind(SluggedRepository<E> repository, String noun) {
        this.repository = repository;
        this.noun = noun;
    }

    @Override
    public String noun() {
        return noun;
    }

    @Override
    public Optional<E> find(String slug) {
        return repository.findBySlug(slug);
    }

    @Override
    public Optional<E> findForUpdate(String slug) {
        return repository.findBySlugForUpdate(slug);
    }

    @Override
    public String keyOf(E item) {
        return item.slug();
    }
}
