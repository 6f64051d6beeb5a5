package org.sendhub.testsupport;

import java.util.Map;

import org.sendhub.common.db.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL for tests: a throwaway embedded server, or the external one named by
 * {@code SENDHUB_TEST_DB_URL} (with SENDHUB_DB_USERNAME / SENDHUB_DB_PASSWORD).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("SENDHUB_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", external);
        }
        try {
            database = EmbeddedDatabase.throwaway();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl());
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (java.io.IOException ignored) {
                // the JVM is ending; the throwaway data directory goes with it
            }
        }
    }
}
