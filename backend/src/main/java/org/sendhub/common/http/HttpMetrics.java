package org.sendhub.common.http;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Request latency as a Prometheus histogram ({@code http_server_requests_seconds_bucket}), by
 * method, endpoint template (/api/v1/areas/{areaCode}/priorities, never the address as sent),
 * and status: a dozen fixed buckets, so that the series stay few however many endpoints there are.
 */
@Singleton
public class HttpMetrics {

    static final String REQUESTS = "http.server.requests";

    static final String UNKNOWN = "UNKNOWN";

    /** What Quarkus tags a request with when no endpoint template applies, and the match patterns' tags. */
    static final Set<String> BOUNDED_TAGS = Set.of("/", "root", "NOT_FOUND", "REDIRECTION", UNKNOWN,
            "/cors-preflight", "/assets/*");

    /**
     * The endpoints whose address has no parameter, so whose template is the address itself: the
     * contract's (HttpMetricsTest checks the list against openapi.yaml) and the web app's. Quarkus
     * counts no request to its own /q/ endpoints.
     */
    static final Set<String> FIXED_ADDRESSES = Set.of("/api/v1/me", "/api/v1/areas", "/api/v1/geography",
            "/api/v1/indicators", "/api/v1/indicator-values", "/api/v1/indicator-values/import", "/api/v1/ees-imports",
            "/api/v1/ees-mappings", "/config.json", "/index.html");

    static final Duration[] LATENCY_BUCKETS = { Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30) };

    @Produces
    @Singleton
    MeterFilter requestLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(REQUESTS)) {
                    return config;
                }
                double[] slos = new double[LATENCY_BUCKETS.length];
                for (int i = 0; i < slos.length; i++) {
                    slos[i] = LATENCY_BUCKETS[i].toNanos();
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(slos).build().merge(config);
            }
        };
    }

    /**
     * A request that no endpoint template matched keeps its address as its tag when it was not a
     * 404: an OPTIONS on a made-up address, a 405, a refusal before routing (a 414, a 429). Anyone
     * can make those up, and each would take one of the 200 series the cap allows, so that an
     * endpoint first called later got none: they are counted together under UNKNOWN instead.
     */
    @Produces
    @Singleton
    MeterFilter addressesAnyoneCanMakeUpAreNotTags() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getName().equals(REQUESTS) ? id.getTag("uri") : null;
                return uri == null || isBounded(uri) ? id : id.withTag(Tag.of("uri", UNKNOWN));
            }
        };
    }

    private static boolean isBounded(String uri) {
        return uri.contains("{") || BOUNDED_TAGS.contains(uri) || FIXED_ADDRESSES.contains(uri);
    }
}
