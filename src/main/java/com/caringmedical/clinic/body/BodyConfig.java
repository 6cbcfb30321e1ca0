package com.caringmedical.clinic.body;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the HTML of a body links to the clinic's own content: the front-end's paths, {slug} filled in. */
@ConfigMapping(prefix = "clinic.body.links")
public interface BodyConfig {

    @WithDefault("/articles/{slug}")
    String article();

    @WithDefault("/treatments/{slug}")
    String treatment();

    @WithDefault("/locations/{slug}")
    String office();

    /** The path of a linked item; the slug is letters, digits and '-', so it needs no escaping. */
    default String href(Mark.InternalLink link) {
        String pattern = switch (link.kind()) {
            case ARTICLE -> article();
            case TREATMENT -> treatment();
            case OFFICE -> office();
        };
        return pattern.replace("{slug}", link.slug());
    }
}
