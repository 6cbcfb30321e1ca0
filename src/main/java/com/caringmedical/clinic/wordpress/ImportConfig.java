package com.caringmedical.clinic.wordpress;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.caringmedical.clinic.web.outbound.OutboundAddress;

/**
 * What an import may reach and how much it may read. A WordPress site is an address an admin types in: the import
 * reads it the way a stranger's server would be read, and never reaches the clinic's own network unless a host is
 * listed here.
 */
@ConfigMapping(prefix = "clinic.import")
public interface ImportConfig {

    /**
     * Host names or IP addresses the import may read even though they are private, loopback or link-local (a
     * WordPress on the same network during a migration). Everything else must resolve to public addresses only.
     */
    Optional<List<String>> allowedHosts();

    /** {@link #allowedHosts()} as the address check takes it. */
    default OutboundAddress.AllowedHosts allowedHostsRule() {
        return new OutboundAddress.AllowedHosts(allowedHosts().orElse(List.of()), "clinic.import.allowed-hosts");
    }

    /** How long connecting to the site may take. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long one answer (a page of posts, an image) may take from the request to its last byte. */
    @WithDefault("PT30S")
    Duration requestTimeout();

    /** The largest answer of the site's REST API read (one page of up to 100 posts). */
    @WithDefault("16M")
    MemorySize maxPageSize();

    /** The largest image downloaded; the media library's own limits apply after that. */
    @WithDefault("20M")
    MemorySize maxMediaSize();

    /** The largest export file (WXR) taken as a request body. */
    @WithDefault("20M")
    MemorySize maxExportSize();

    /** The most posts and pages one import takes; a larger site is imported in parts (see the README). */
    @WithDefault("5000")
    @Min(1)
    @Max(100000)
    int maxItems();

    /** How often each instance looks for a waiting import (one that was queued or left running by a stopped one). */
    @WithDefault("PT10S")
    Duration pollInterval();

    /** A running import whose instance has not shown signs of life for this long is taken up again elsewhere. */
    @WithDefault("PT2M")
    Duration staleAfter();
}
