package com.caringmedical.clinic.staging;

import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

/** Which content needs a second person before it goes public. */
@ConfigMapping(prefix = "clinic.publishing")
public interface PublishingConfig {

    /**
     * The kinds (by their editor path: articles, treatments, locations, references, authors) whose publishing needs
     * a reviewer's approval: such an item becomes or stays public only through a staged change a reviewer other
     * than its author approved. Unpublishing and deleting need none. Empty (the default): no kind needs approval.
     */
    Optional<Set<String>> approvalRequiredFor();
}
