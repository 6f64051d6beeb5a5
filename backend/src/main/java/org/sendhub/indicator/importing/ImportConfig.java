package org.sendhub.indicator.importing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How imports take turns ({@code sendhub.import.*}). */
@ConfigMapping(prefix = "sendhub.import")
public interface ImportConfig {

    /**
     * The longest an import waits for the one before it (a file being read in this backend, or
     * written in any); then a 503 that says to try again. Under a proxy's timeout (nginx: 60 s),
     * so that a caller never gives up on an import that would still run after it has gone.
     */
    @WithDefault("30S")
    Duration waitForTurn();
}
