package com.caringmedical.clinic.body;

import java.util.Optional;

/**
 * What a body may point at outside itself, as the feature that owns the body knows it: the content its links
 * name, the media its images show, the references its citations number.
 */
public interface BodyReferents {

    /** How many references the page has: a citation may number 1 to this. */
    int referenceCount();

    /** Why the link cannot stand ({@code no published treatment has the slug 'x'}), or empty when it can. */
    Optional<String> refuseLink(Mark.InternalLink link);

    /** Why the image cannot be shown ({@code no media item has the id 12}), or empty when it can. */
    Optional<String> refuseMedia(long mediaId);
}
