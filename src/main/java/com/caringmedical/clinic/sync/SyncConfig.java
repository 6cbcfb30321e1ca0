package com.caringmedical.clinic.sync;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the change feed remembers. */
@ConfigMapping(prefix = "clinic.sync")
public interface SyncConfig {

    /**
     * Changes older than this are forgotten; a client whose position lies before them gets a 410 and syncs again
     * from the lists.
     */
    @WithDefault("P90D")
    Duration keepChangesFor();

    /** How often forgotten changes are deleted. */
    @WithDefault("1h")
    String pruneEvery();
}
