package org.sendhub;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SEND Hub's own settings ({@code sendhub.*} in application.properties). */
@ConfigMapping(prefix = "sendhub")
public interface SendHubConfig {

    DemoData demoData();

    Web web();

    interface DemoData {
        /** Load the demo areas, strategies and priorities when the database has no area yet. */
        @WithDefault("false")
        boolean enabled();
    }

    /** What the web app needs to find Keycloak, served at /config.json. */
    interface Web {
        String keycloakUrl();

        String realm();

        String clientId();
    }
}
