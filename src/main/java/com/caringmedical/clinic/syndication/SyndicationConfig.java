package com.caringmedical.clinic.syndication;

import java.net.URI;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sitemap and the Atom feed: they point readers and search engines at the front-end's pages. */
@ConfigMapping(prefix = "clinic.syndication")
public interface SyndicationConfig {

    /**
     * Where the public site lives (https://www.clinic.example): the sitemap's and the feed's addresses are its
     * pages, at the paths of {@code clinic.body.links.*}. Unset, neither is served (404).
     */
    Optional<URI> siteUrl();

    /** The feed's title. */
    @WithDefault("Articles")
    String feedTitle();

    /** Who publishes the site, as the feed names its author. */
    @WithDefault("The clinic")
    String publisher();

    /** How many articles the feed holds, those saved last. */
    @WithDefault("50")
    @Min(1)
    @Max(500)
    int feedSize();
}
