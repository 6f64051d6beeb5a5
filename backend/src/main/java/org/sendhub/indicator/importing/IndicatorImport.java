package org.sendhub.indicator.importing;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.sendhub.area.AreaRepository;
import org.sendhub.common.audit.AuditLog;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.ValueWriter;
import org.sendhub.geography.PlaceRepository;
import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.indicator.values.IndicatorValueQuery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports the analysts' CSV all or nothing. Rows are checked as they stream in and copied into
 * indicator_value (revisions through a temporary table and an upsert); one bad row and nothing
 * is kept. The audit entries are written in the same transaction. A file read back from the
 * export changes nothing.
 */
@ApplicationScoped
public class IndicatorImport {

    public static final String ENTITY_TYPE = "indicator_values";
    /** The advisory lock that writing imports hold in turn (any number that nothing else uses). */
    static final long IMPORT_LOCK = 0x5E4D_1A0_0001L;
    /** PostgreSQL's SQLSTATE when lock_timeout ends a wait. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(IndicatorImport.class);
    private static final int IMPORT_TIMEOUT_SECONDS = 1800;

    /**
     * One file read at a time in this backend, dry runs included: each may take up to 37 MB of the
     * heap for its keys ({@link KeyLines#MAX_KEYS}). Writing imports also take turns across
     * backends ({@link #IMPORT_LOCK}); this keeps dry runs from adding up beside them.
     */
    private final ReentrantLock reading = new ReentrantLock(true);

    /** What a caller who waited too long for its turn is told (the wait: {@link ImportConfig#waitForTurn()}). */
    static final String BUSY = "Another import is being read or written just now, and imports take turns."
            + " Nothing was changed; try again in a minute.";
    private static final int BUSY_RETRY_AFTER_SECONDS = 60;

    @Inject
    ImportConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AreaRepository areas;

    @Inject
    PlaceRepository places;

    @Inject
    AuditLog audit;

    @Inject
    ImportMetrics metrics;


    /** Joins the caller's transaction (the demo loader's), or starts one long enough for a national file. */
    public ImportReport run(InputStream csv, ValueWriter writer, boolean dryRun) {
        return run(csv, ImportFormat.analystsCsv(), writer, dryRun);
    }

    /** The same, for a file of another format (an EES file through its mapping). */
    ImportReport run(InputStream file, ImportFormat format, ValueWriter writer, boolean dryRun) {
        long started = System.nanoTime();
        if (!waitForTurnToRead()) {
            metrics.finished(format, dryRun, "busy", System.nanoTime() - started);
            throw ProblemException.contended(BUSY, BUSY_RETRY_AFTER_SECONDS);
        }
        String outcome = "failed";
        try {
            var report = QuarkusTransaction.joiningExisting().timeout(IMPORT_TIMEOUT_SECONDS)
                    .call(() -> runInTransaction(file, format, writer, dryRun));
            outcome = "done";
            if (!dryRun) {
                metrics.written(format, report);
            }
            return report;
        } catch (ProblemException refused) {
            outcome = refused.status() == 503 ? "busy" : "refused";
            throw refused;
        } finally {
            reading.unlock();
            metrics.finished(format, dryRun, outcome, System.nanoTime() - started);
        }
    }

    /** True once this backend's reading lock is held; false if the turn did not come in time. */
    private boolean waitForTurnToRead() {
        try {
            return reading.tryLock(config.waitForTurn().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The advisory lock of writing imports, waited for at most as long as the reading's turn. */
    private void waitForTurnToWrite(Connection connection) throws SQLException {
        execute(connection, "SET LOCAL lock_timeout = " + config.waitForTurn().toMillis());
        try {
            execute(connection, "SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw ProblemException.contended(BUSY, BUSY_RETRY_AFTER_SECONDS);
            }
            throw e;
        }
        // The rows it then writes wait for other writers as any change does.
        execute(connection, "SET LOCAL lock_timeout TO DEFAULT");
    }

    /** For tests: the lock a file's reading takes in this backend. */
    ReentrantLock readingLock() {
        return reading;
    }

    /** Where checked rows go: straight into indicator_value, or into a temporary table first. */
    private enum Target {
        DIRECT("COPY indicator_value (indicator_code, area_code, period, period_start, breakdown, category,"
                + " value, numerator, denominator, lower_ci, upper_ci, note, suppression)"
                + " FROM STDIN WITH (FORMAT csv)"),
        STAGED("COPY import_value FROM STDIN WITH (FORMAT csv)");

        final String copy;

        Target(String copy) {
            this.copy = copy;
        }
    }

    /**
     * New figures (the usual case, and a national load) are copied straight into indicator_value
     * as they are received and checked. If one of them is already there, the copy is undone and
     * the file read again into a temporary table, from which it is upserted: a revision
     * replaces, unchanged rows are left alone. For that second reading the body is kept on disk
     * as it streams in.
     */
    private ImportReport runInTransaction(InputStream body, ImportFormat format, ValueWriter writer, boolean dryRun)
            throws Exception {
        var rules = new ImportRowRules(indicators, places, writer);
        Path spool = Files.createTempFile("sendhub-import-", ".csv");
        try (Connection connection = dataSource.getConnection()) {
            long started = System.nanoTime();
            InputStream csv = body;
            if (!dryRun) {
                // Imports take turns: two files with the same keys at once would otherwise each wait
                // on the other's rows. The lock is the transaction's; a dry run writes nothing and needs none.
                waitForTurnToWrite(connection);
                execute(connection, "SAVEPOINT direct_copy");
                Pass direct;
                try (var copyOfBody = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                    direct = copyFile(new SpoolingInputStream(body, copyOfBody), format, connection, rules, Target.DIRECT);
                }
                if (!direct.conflict) {
                    execute(connection, "RELEASE SAVEPOINT direct_copy");
                    log(direct.rows, "copied as new", started);
                    return finish(connection, writer, new ImportReport(false, direct.rows, direct.rows, 0, 0,
                            List.copyOf(direct.areas), List.copyOf(direct.indicators)));
                }
                execute(connection, "ROLLBACK TO SAVEPOINT direct_copy");
                csv = Files.newInputStream(spool);
            }
            execute(connection, """
                    CREATE TEMP TABLE import_value (
                        indicator_code text, area_code text, period text, period_start date,
                        breakdown text, category text, value numeric, numerator numeric, denominator numeric,
                        lower_ci numeric, upper_ci numeric, note text, suppression text) ON COMMIT DROP""");
            var staged = copyFile(csv, format, connection, rules, Target.STAGED);
            long[] changes = dryRun ? preview(connection) : upsert(connection);
            log(staged.rows, dryRun ? "compared" : "upserted", started);
            execute(connection, "DROP TABLE import_value");
            return finish(connection, writer, new ImportReport(dryRun, staged.rows, changes[0], changes[1],
                    staged.rows - changes[0] - changes[1], List.copyOf(staged.areas),
                    List.copyOf(staged.indicators)));
        } finally {
            Files.deleteIfExists(spool);
        }
    }


    /**
     * Audits the import once under each partnership area it wrote (that area's users read it in
     * their log), and once under no area if it wrote other places (England, regions, authorities
     * that keep no records here).
     */
    private ImportReport finish(Connection connection, ValueWriter writer, ImportReport report) {
        if (!report.dryRun()) {
            UUID importId = UUID.randomUUID();
            var partnershipAreas = areas.list("code in ?1", report.areaCodes()).stream().map(a -> a.code).toList();
            for (String area : partnershipAreas) {
                audit.record(area, ENTITY_TYPE, importId, AuditLog.Action.importing, writer.actor(), null, report,
                        AuditLog.State.NONE);
            }
            if (partnershipAreas.size() < report.areaCodes().size()) {
                audit.record(null, ENTITY_TYPE, importId, AuditLog.Action.importing, writer.actor(), null, report,
                        AuditLog.State.NONE);
            }
        }
        return report;
    }

    private static void log(long rows, String how, long started) {
        LOG.infof("Imported %d indicator values (%s) in %d ms", rows, how, (System.nanoTime() - started) / 1_000_000);
    }

    /** One reading of the file: checks each of the analysts' rows and copies the good ones in chunks. */
    private static final class Pass {
        long rows;
        boolean conflict;
        boolean tooManyKeys;
        final Set<String> areas = new TreeSet<>();
        final Set<String> indicators = new TreeSet<>();
        private final ImportRowRules rules;
        private final RowErrors errors;
        private final KeyLines keys;
        private final CopyIn copy;
        private final CopyBuffer chunk = new CopyBuffer();

        Pass(ImportRowRules rules, RowErrors errors, CopyIn copy) {
            this.rules = rules;
            this.errors = errors;
            this.keys = rules.keyLines();
            this.copy = copy;
        }

        void accept(CsvReader.Row row, int width) {
            rows++;
            String[] checked = rules.check(row, width, errors);
            if (checked == null) {
                return;
            }
            int first;
            try {
                first = keys.firstLine(checked[0], checked[1], checked[2], checked[4], checked[5], row.line());
            } catch (KeyLines.TooManyKeysException e) {
                errors.add(row.line(), "", e.getMessage());
                tooManyKeys = true;
                return;
            }
            if (first != 0) {
                errors.add(row.line(), "", "repeats line " + first
                        + ": same indicator, area, period, breakdown and category");
                return;
            }
            areas.add(checked[1]);
            indicators.add(checked[0]);
            if (errors.count == 0 && !conflict) {
                chunk.writeLine(checked);
                if (chunk.full()) {
                    try {
                        conflict = send(copy, chunk);
                    } catch (SQLException e) {
                        throw new IllegalStateException("PostgreSQL refused the copy", e);
                    }
                }
            }
        }

        /** Sends the last chunk and ends the copy, unless a row already there stopped it. */
        void finish() throws SQLException {
            if (!conflict) {
                conflict = send(copy, chunk);
            }
            if (!conflict) {
                try {
                    copy.endCopy();
                } catch (PSQLException e) {
                    conflict = alreadyThere(e);
                }
            }
        }
    }

    /**
     * Reads, checks and copies every row. Any bad row (including a key the file repeats) ends
     * the copy but not the reading, so that the report names every bad row; then nothing is kept.
     */
    private Pass copyFile(InputStream file, ImportFormat format, Connection connection, ImportRowRules rules,
            Target target) throws Exception {
        var errors = new RowErrors();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(target.copy);
        var pass = new Pass(rules, errors, copy);
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(file, utf8)) {
            var reader = new CsvReader(in);
            CsvReader.Row header = reader.next();
            List<String> columns = header == null ? List.of() : header.fields().stream().map(String::trim).toList();
            if (format.readHeader(columns, rules, errors)) {
                CsvReader.Row row;
                while ((row = reader.next()) != null && !pass.tooManyKeys) {
                    format.translate(row, errors, translated -> pass.accept(translated, format.width()));
                }
            }
        } catch (CsvReader.MalformedCsvException e) {
            errors.add(e.line, "", "the file is not valid CSV here: " + e.getMessage());
        } catch (ProblemException e) {
            // The format refused the whole file (an EES mapping that does not fit the catalogue).
            copy.cancelCopy();
            throw e;
        } catch (MalformedInputException e) {
            copy.cancelCopy();
            throw ProblemException.badRequest("The file is not UTF-8 text.",
                    List.of(new FieldError("body", "must be UTF-8 CSV (in Excel: Save As, CSV UTF-8)")));
        }
        if (errors.count == 0 && pass.rows == 0) {
            errors.add(2, "", "the file has a header but no rows to import");
        }
        if (errors.count > 0) {
            copy.cancelCopy();
            throw ProblemException.badRows(errors.reported, errors.count);
        }
        pass.finish();
        return pass;
    }

    /** Sends a chunk; true if PostgreSQL refused it because a row is already there. */
    private static boolean send(CopyIn copy, CopyBuffer chunk) throws SQLException {
        try {
            copy.writeToCopy(chunk.bytes, 0, chunk.size);
            chunk.size = 0;
            return false;
        } catch (PSQLException e) {
            return alreadyThere(e);
        }
    }

    private static boolean alreadyThere(PSQLException e) throws PSQLException {
        if ("23505".equals(e.getSQLState())) {
            return true;
        }
        throw e;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }




    private static final String KEY_MATCH = """
            v.indicator_code = t.indicator_code AND v.area_code = t.area_code AND v.period = t.period
            AND v.breakdown = t.breakdown AND v.category = t.category""";
    private static final String FIGURES = "period_start, value, numerator, denominator, lower_ci, upper_ci, note,"
            + " suppression";

    /** {inserted, updated}: what an upsert would do, without doing it. */
    private static long[] preview(Connection connection) throws SQLException {
        return counts(connection, "SELECT count(*) FILTER (WHERE v.indicator_code IS NULL), count(*) FILTER (WHERE v.indicator_code IS NOT NULL"
                + " AND (v.period_start, v.value, v.numerator, v.denominator, v.lower_ci, v.upper_ci, v.note,"
                + " v.suppression) IS DISTINCT FROM (t.period_start, t.value, t.numerator, t.denominator, t.lower_ci,"
                + " t.upper_ci, t.note, t.suppression)) FROM import_value t LEFT JOIN indicator_value v ON " + KEY_MATCH);
    }

    /** {inserted, updated}; a row whose figures are the same is left alone. */
    private static long[] upsert(Connection connection) throws SQLException {
        return counts(connection, "WITH up AS (INSERT INTO indicator_value (indicator_code, area_code, period,"
                + " breakdown, category, " + FIGURES + ") SELECT indicator_code, area_code, period, breakdown,"
                + " category, " + FIGURES + " FROM import_value ON CONFLICT ON CONSTRAINT indicator_value_key"
                + " DO UPDATE SET period_start = EXCLUDED.period_start, value = EXCLUDED.value,"
                + " numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,"
                + " lower_ci = EXCLUDED.lower_ci, upper_ci = EXCLUDED.upper_ci, note = EXCLUDED.note,"
                + " suppression = EXCLUDED.suppression"
                + " WHERE (indicator_value.period_start, indicator_value.value, indicator_value.numerator,"
                + " indicator_value.denominator, indicator_value.lower_ci, indicator_value.upper_ci,"
                + " indicator_value.note, indicator_value.suppression) IS DISTINCT FROM (EXCLUDED.period_start,"
                + " EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.lower_ci, EXCLUDED.upper_ci,"
                + " EXCLUDED.note, EXCLUDED.suppression)"
                + " RETURNING (xmax = 0) AS inserted)"
                + " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up");
    }

    private static long[] counts(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return new long[] { rs.getLong(1), rs.getLong(2) };
        }
    }

}
