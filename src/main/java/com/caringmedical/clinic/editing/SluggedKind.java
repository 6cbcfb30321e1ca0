package com.caringmedical.clinic.editing;

import java.util.Optional;

/** A kind whose items are named by their slug: the look-ups come from its {@link SluggedRepository}. */
public abstract class SluggedKind<E extends SluggedContent, F> implements EditableKind<String, E, F> {

    private final SluggedRepository<E> repository;
    private final String noun;
    private final String collection;
    private final Class<F> formType;

    protected SluggedKind(SluggedRepository<E> repository, String noun, String collection, Class<F> formType) {
        this.repository = repository;
        this.noun = noun;
        this.collection = collection;
        this.formType = formType;
    }

    @Override
    public String noun() {
        return noun;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public Class<F> formType() {
        return formType;
    }

    @Override
    public Optional<String> parseKey(String text) {
        return Optional.of(text);
    }

    @Override
    public Optional<E> find(String slug) {
        return repository.findBySlug(slug);
    }

    @Override
    public Optional<E> findById(long id) {
        return repository.findByIdOptional(id);
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
