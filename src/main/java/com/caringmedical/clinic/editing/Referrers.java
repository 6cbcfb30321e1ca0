package com.caringmedical.clinic.editing;

/**
 * Another feature's content that refers to items of one kind (questions name an office, articles discuss a
 * treatment option, articles and evidence findings cite a reference). The owning kind asks before an item is
 * unpublished or deleted; the referring feature answers from its own tables, so no feature reads another's.
 * CDI finds every implementation for the kind ({@code Instance<Referrers<Location>>}).
 *
 * @param <E> the entity referred to
 */
public interface Referrers<E> {

    /** How many of this feature's items refer to {@code item}: published ones only, or drafts too. */
    long countReferring(E item, boolean publishedOnly);
}
