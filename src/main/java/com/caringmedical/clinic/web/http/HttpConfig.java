package com.caringmedical.clinic.web.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How clients and shared caches may keep public content, how this instance keeps it, and how large a request body
 * may be.
 */
@ConfigMapping(prefix = "clinic.http")
public interface HttpConfig {

    /** The Cache-Control header sent with public GET answers that do not set their own. */
    @WithDefault("public, max-age=300")
    String cacheControl();

    /**
     * Largest request body any operation reads (a staff change, a note, an account); larger ones get a 413
     * problem. An operation may have a lower limit of its own (the question form), or the higher one of long content.
     */
    @WithDefault("64K")
    MemorySize maxBodySize();

    /**
     * Largest body of a form marked {@link LongContent}: an article's blocks, with their links and citations, run
     * to a few hundred KB for a long article.
     */
    @WithDefault("1M")
    MemorySize maxContentSize();

    /**
     * Proxies (IP addresses or CIDR ranges, IPv6 with or without brackets; no host names) whose X-Forwarded-For
     * and X-Forwarded-Proto are believed ({@link TrustedProxies}).
     */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();

    /**
     * The address clients reach this API at ({@code https://api.clinic.example}, with a path if a proxy adds one):
     * Link and Location headers are absolute with it. Unset, they are relative to the host ({@code /articles?page=2}).
     * Never taken from the request's Host header, which any client can set.
     */
    Optional<URI> publicBaseUrl();

    /** The Strict-Transport-Security value sent with answers to requests that came over HTTPS. */
    @WithDefault("max-age=31536000; includeSubDomains")
    String strictTransportSecurity();

    /** The in-memory cache of public answers (web.caching.ContentCache). */
    ContentCacheConfig contentCache();

    interface ContentCacheConfig {

        /** Whether public answers are kept in memory; without it every read goes to the database. */
        @WithDefault("true")
        boolean enabled();

        /** The most memory the kept answers may take (their bodies); the least recently used go first. */
        @WithDefault("16M")
        MemorySize maxSize();

        /** How long to wait before listening again after the notification connection was lost (doubling to 30 s). */
        @WithDefault("PT1S")
        Duration reconnectAfter();
    }
}
