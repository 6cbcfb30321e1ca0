package com.caringmedical.clinic.revision;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the history of content is kept. */
@ConfigMapping(prefix = "clinic.revisions")
public interface RevisionsConfig {

    /**
     * How many revisions of one item are kept: when an item gets one more, its oldest beyond this number is
     * deleted. Revisions of a deleted item stay (the last one shows what was deleted, by whom and when).
     */
    @WithDefault("100")
    @Min(2)
    int keepPerItem();
}
