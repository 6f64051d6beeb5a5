package org.sendhub.indicator.importing;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The imports as Prometheus sees them: rows written ({@code sendhub_import_rows_total}, by file
 * format and what became of each row) and how long each import took
 * ({@code sendhub_import_duration_seconds}, by format, dry run or not, and outcome: done, refused
 * for bad rows or input, busy when its turn did not come in time, failed).
 */
@ApplicationScoped
class ImportMetrics {

    private static final Duration[] DURATION_BUCKETS = { Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30) };

    @Inject
    MeterRegistry registry;

    void finished(ImportFormat format, boolean dryRun, String outcome, long nanos) {
        Timer.builder("sendhub.import.duration")
                .description("Indicator imports, from the first byte read to the report")
                .tags("format", format.name(), "dry_run", String.valueOf(dryRun), "outcome", outcome)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }

    void written(ImportFormat format, ImportReport report) {
        rows(format, "inserted").increment(report.inserted());
        rows(format, "updated").increment(report.updated());
        rows(format, "unchanged").increment(report.unchanged());
    }

    private Counter rows(ImportFormat format, String change) {
        return Counter.builder("sendhub.import.rows")
                .description("Indicator values imported, by what became of each")
                .tags("format", format.name(), "change", change)
                .register(registry);
    }
}
