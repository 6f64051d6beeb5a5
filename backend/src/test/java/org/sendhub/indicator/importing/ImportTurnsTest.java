package org.sendhub.indicator.importing;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendhub.testsupport.Api.as;

import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** An import waits for its turn a bounded time, then is a 503 that changed nothing; once its turn comes, it runs. */
@QuarkusTest
@TestProfile(ImportTurnsTest.ShortWait.class)
class ImportTurnsTest {

    public static class ShortWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sendhub.import.wait-for-turn", "2S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndicatorImport importer;

    @Test
    void anImportWhileAnotherIsWritingWaitsThenIsA503ThatChangedNothing() throws SQLException {
        String indicator = indicator();
        String file = ConcurrentImportsTest.file(indicator, "1");
        try (var writer = dataSource.getConnection(); var statement = writer.createStatement()) {
            // Another backend's import holding the writers' turn.
            statement.execute("SELECT pg_advisory_lock(" + IndicatorImport.IMPORT_LOCK + ")");
            try {
                refusedAsBusy(importing(file, false));
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + IndicatorImport.IMPORT_LOCK + ")");
            }
        }
        assertEquals(0, stored(indicator));
        importing(file, false).statusCode(200).body("inserted", equalTo(ConcurrentImportsTest.ROWS));
        assertEquals(ConcurrentImportsTest.ROWS, stored(indicator));
    }

    @Test
    void aDryRunWhileThisBackendReadsAnotherFileWaitsThenIsA503() {
        String file = ConcurrentImportsTest.file(indicator(), "1");
        var reading = importer.readingLock();
        reading.lock();
        try {
            refusedAsBusy(importing(file, true));
        } finally {
            reading.unlock();
        }
        importing(file, true).statusCode(200).body("dryRun", equalTo(true));
    }

    private static String indicator() {
        Api.ensureArea(ConcurrentImportsTest.AREA, "Importing borough");
        String indicator = "turns_" + System.nanoTime() % 1_000_000_000L;
        Api.ensureIndicator(indicator);
        return indicator;
    }

    private static ValidatableResponse importing(String file, boolean dryRun) {
        return as(Tokens.admin()).contentType("text/csv").queryParam("dryRun", dryRun).body(file)
                .post("/api/v1/indicator-values/import").then();
    }

    private static void refusedAsBusy(ValidatableResponse response) {
        response.statusCode(503).contentType("application/problem+json").header("Retry-After", "60")
                .body("type", equalTo("/problems/busy")).body("detail", equalTo(IndicatorImport.BUSY));
    }

    private static int stored(String indicator) {
        return as(Tokens.admin()).queryParam("indicator", indicator).get("/api/v1/indicator-values").path("total");
    }
}
