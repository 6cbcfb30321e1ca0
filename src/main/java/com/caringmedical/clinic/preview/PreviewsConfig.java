package com.caringmedical.clinic.preview;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long preview links work. */
@ConfigMapping(prefix = "clinic.previews")
public interface PreviewsConfig {

    /** How long a link works when the editor does not say. */
    @WithDefault("PT24H")
    Duration validFor();

    /** The longest an editor may ask for. */
    @WithDefault("P7D")
    Duration maxValidFor();

    /** Expired and revoked links are forgotten this long after they stopped working. */
    @WithDefault("P30D")
    Duration keepFor();
}
