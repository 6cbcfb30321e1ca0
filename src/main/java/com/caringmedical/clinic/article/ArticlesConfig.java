package com.caringmedical.clinic.article;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How articles are kept current. */
@ConfigMapping(prefix = "clinic.articles")
public interface ArticlesConfig {

    /** How long a medical review holds when the reviewer names no date for the next one. */
    @WithDefault("P1Y")
    Period reviewInterval();
}
