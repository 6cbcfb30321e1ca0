package com.caringmedical.clinic.media;

import java.util.List;

/**
 * A feature whose content shows library images (articles, treatments, offices, authors). It answers from its own
 * tables; the library lists the answers to editors ({@code usedBy}) and refuses to delete an image while any is
 * non-empty. CDI finds every implementation ({@code Instance<MediaUsers>}): the using feature produces one
 * ({@code @Produces}, next to its repository), as it does its {@code Referrers}.
 */
public interface MediaUsers {

    /** This feature's content that shows the image, drafts included; empty when none does. */
    List<MediaUse> usesOf(long mediaId);
}
