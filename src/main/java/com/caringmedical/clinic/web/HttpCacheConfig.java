package com.caringmedical.clinic.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How clients and shared caches may keep public content.
 */
@ConfigMapping(prefix = "clinic.http")
public interface HttpCacheConfig {

    /** The Cache-Control header sent with public GET answers that do not set their own. */
    @WithDefault("public, max-age=300")
    String cacheControl();
}
