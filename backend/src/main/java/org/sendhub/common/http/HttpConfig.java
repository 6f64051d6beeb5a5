package org.sendhub.common.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and headers of every HTTP exchange ({@code sendhub.http.*}). */
@ConfigMapping(prefix = "sendhub.http")
public interface HttpConfig {

    /** Longest request target (path and query) answered; longer is a 414. */
    @WithDefault("8192")
    int maxUrlLength();

    /** Largest total of request header names and values; larger is a 431. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Largest JSON request body; larger is a 413. */
    @WithDefault("1048576")
    long maxJsonBodyBytes();

    /** Largest CSV import; larger is a 413. */
    @WithDefault("536870912")
    long maxImportBytes();

    /** Strict-Transport-Security, sent on requests that came over TLS. */
    Hsts hsts();

    /** Per-client limits on the indicator import, the CSV export and the public Local Offer feed. */
    RateLimit rateLimit();

    interface Hsts {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("max-age=31536000; includeSubDomains")
        String value();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Imports a client may start in one window. */
        @WithDefault("10")
        int imports();

        /** CSV exports a client may start in one window. */
        @WithDefault("30")
        int exports();

        /** Requests a client may make to the public Local Offer feed (/openreferral/) in one window. */
        @WithDefault("600")
        int feedRequests();

        @WithDefault("1M")
        Duration window();
    }
}
