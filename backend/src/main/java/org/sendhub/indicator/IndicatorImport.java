package org.sendhub.indicator;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.sendhub.area.AreaRepository;
import org.sendhub.common.audit.AuditLog;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.Problem.RowError;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Caller;

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
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(IndicatorImport.class);
    private static final int MAX_REPORTED_ERRORS = 1000;
    private static final int LABEL_LENGTH = 64;
    private static final int IMPORT_TIMEOUT_SECONDS = 1800;
    private static final int CHUNK_BYTES = 1 << 20;

    /** What an import did, or would do with {@code dryRun}. */
    public record ImportReport(boolean dryRun, long rows, long inserted, long updated, long unchanged,
            List<String> areaCodes, List<String> indicatorCodes) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AreaRepository areas;

    @Inject
    AuditLog audit;

    private static final class Errors {
        final List<RowError> reported = new ArrayList<>();
        int count;

        void add(int line, String column, String message) {
            count++;
            if (reported.size() < MAX_REPORTED_ERRORS) {
                reported.add(new RowError(line, column, message));
            }
        }
    }

    /** Joins the caller's transaction (the demo loader's), or starts one long enough for a national file. */
    public ImportReport run(InputStream csv, Caller caller, boolean dryRun) {
        return QuarkusTransaction.joiningExisting().timeout(IMPORT_TIMEOUT_SECONDS)
                .call(() -> runInTransaction(csv, caller, dryRun));
    }

    /** Where checked rows go: straight into indicator_value, or into a temporary table first. */
    private enum Target {
        DIRECT("COPY indicator_value (indicator_code, area_code, period, period_start, breakdown, category,"
                + " value, numerator, denominator, lower_ci, upper_ci, note) FROM STDIN WITH (FORMAT csv)"),
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
    private ImportReport runInTransaction(InputStream body, Caller caller, boolean dryRun) throws Exception {
        var rules = new RowRules(indicators, areas, caller);
        Path spool = Files.createTempFile("sendhub-import-", ".csv");
        try (Connection connection = dataSource.getConnection()) {
            long started = System.nanoTime();
            InputStream csv = body;
            if (!dryRun) {
                execute(connection, "SAVEPOINT direct_copy");
                Pass direct;
                try (var copyOfBody = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                    direct = copyFile(new SpoolingInputStream(body, copyOfBody), connection, rules, Target.DIRECT);
                }
                if (!direct.conflict) {
                    execute(connection, "RELEASE SAVEPOINT direct_copy");
                    log(direct.rows, "copied as new", started);
                    return finish(connection, caller, new ImportReport(false, direct.rows, direct.rows, 0, 0,
                            List.copyOf(direct.areas), List.copyOf(direct.indicators)));
                }
                execute(connection, "ROLLBACK TO SAVEPOINT direct_copy");
                csv = Files.newInputStream(spool);
            }
            execute(connection, """
                    CREATE TEMP TABLE import_value (
                        indicator_code text, area_code text, period text, period_start date,
                        breakdown text, category text, value numeric, numerator numeric, denominator numeric,
                        lower_ci numeric, upper_ci numeric, note text) ON COMMIT DROP""");
            var staged = copyFile(csv, connection, rules, Target.STAGED);
            long[] changes = dryRun ? preview(connection) : upsert(connection);
            log(staged.rows, dryRun ? "compared" : "upserted", started);
            execute(connection, "DROP TABLE import_value");
            return finish(connection, caller, new ImportReport(dryRun, staged.rows, changes[0], changes[1],
                    staged.rows - changes[0] - changes[1], List.copyOf(staged.areas),
                    List.copyOf(staged.indicators)));
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Passes the request body on, and writes every byte it passes to the spool. */
    private static final class SpoolingInputStream extends FilterInputStream {
        private final OutputStream spool;

        SpoolingInputStream(InputStream body, OutputStream spool) {
            super(body);
            this.spool = spool;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                spool.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                spool.write(bytes, offset, n);
            }
            return n;
        }
    }

    private ImportReport finish(Connection connection, Caller caller, ImportReport report) {
        if (!report.dryRun()) {
            UUID importId = UUID.randomUUID();
            for (String area : report.areaCodes()) {
                audit.record(area, ENTITY_TYPE, importId, AuditLog.Action.importing, caller.username(), null, report);
            }
        }
        return report;
    }

    private static void log(long rows, String how, long started) {
        LOG.infof("Imported %d indicator values (%s) in %d ms", rows, how, (System.nanoTime() - started) / 1_000_000);
    }

    /** What one reading of the file found. */
    private static final class Pass {
        long rows;
        boolean conflict;
        final Set<String> areas = new TreeSet<>();
        final Set<String> indicators = new TreeSet<>();
    }

    /**
     * Reads, checks and copies every row. Any bad row (including a key the file repeats) ends
     * the copy but not the reading, so that the report names every bad row; then nothing is kept.
     */
    private Pass copyFile(InputStream csv, Connection connection, RowRules rules, Target target) throws Exception {
        var pass = new Pass();
        var errors = new Errors();
        var keys = rules.keyLines();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(target.copy);
        var chunk = new CopyBuffer();
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(csv, utf8)) {
            var reader = new CsvReader(in);
            CsvReader.Row header = reader.next();
            if (header == null || !header.fields().stream().map(String::trim).toList()
                    .equals(IndicatorValueQuery.COLUMNS)) {
                errors.add(1, "", "the header must be exactly: " + String.join(",", IndicatorValueQuery.COLUMNS));
            } else {
                CsvReader.Row row;
                while ((row = reader.next()) != null) {
                    pass.rows++;
                    String[] checked = rules.check(row, errors);
                    if (checked == null) {
                        continue;
                    }
                    int first;
                    try {
                        first = keys.firstLine(checked[0], checked[1], checked[2], checked[4], checked[5], row.line());
                    } catch (KeyLines.TooManyKeysException e) {
                        errors.add(row.line(), "", e.getMessage());
                        break;
                    }
                    if (first != 0) {
                        errors.add(row.line(), "", "repeats line " + first
                                + ": same indicator, area, period, breakdown and category");
                        continue;
                    }
                    pass.areas.add(checked[1]);
                    pass.indicators.add(checked[0]);
                    if (errors.count == 0 && !pass.conflict) {
                        chunk.writeLine(checked);
                        if (chunk.size >= CHUNK_BYTES) {
                            pass.conflict = send(copy, chunk);
                        }
                    }
                }
            }
        } catch (CsvReader.MalformedCsvException e) {
            errors.add(e.line, "", "the file is not valid CSV here: " + e.getMessage());
        } catch (MalformedInputException e) {
            copy.cancelCopy();
            throw ProblemException.badRequest("The file is not UTF-8 text.",
                    List.of(new FieldError("body", "must be UTF-8 CSV (in Excel: Save As, CSV UTF-8)")));
        }
        if (errors.count == 0 && pass.rows == 0) {
            errors.add(2, "", "the file has a header but no rows");
        }
        if (errors.count > 0) {
            copy.cancelCopy();
            throw ProblemException.badRows(errors.reported, errors.count);
        }
        if (!pass.conflict) {
            pass.conflict = send(copy, chunk);
        }
        if (!pass.conflict) {
            try {
                copy.endCopy();
            } catch (PSQLException e) {
                pass.conflict = alreadyThere(e);
            }
        }
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

    /** The checks of one row, against the catalogue, the areas and the caller's rights. */
    private static final class RowRules {
        final Map<String, Indicator> catalogue = new HashMap<>();
        final Set<String> knownAreas = new HashSet<>();
        final Caller caller;
        /** Dates repeat on every row of a period: each distinct text is parsed once. */
        final Map<String, Boolean> dates = new HashMap<>();

        RowRules(IndicatorRepository indicators, AreaRepository areas, Caller caller) {
            indicators.listAll().forEach(i -> catalogue.put(i.code, i));
            areas.listAll().forEach(a -> knownAreas.add(a.code));
            this.caller = caller;
        }

        /** For the keys of rows these rules passed. */
        KeyLines keyLines() {
            var breakdownNames = new HashSet<String>(Set.of("total"));
            catalogue.values().forEach(i -> breakdownNames.addAll(i.breakdowns));
            return new KeyLines(List.copyOf(catalogue.keySet()), List.copyOf(knownAreas), breakdownNames.size());
        }

        private boolean isDate(String text) {
            return dates.computeIfAbsent(text, t -> {
                try {
                    org.sendhub.common.json.StrictDates.parse(t);
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            });
        }

        /** The row's fields ready to copy, or null (and errors noted) if it is bad. */
        String[] check(CsvReader.Row row, Errors errors) {
            List<String> f = row.fields();
            int line = row.line();
            if (f.size() != IndicatorValueQuery.COLUMNS.size()) {
                errors.add(line, "", "has " + f.size() + " fields; every row needs "
                        + IndicatorValueQuery.COLUMNS.size());
                return null;
            }
            int before = errors.count;
            String code = f.get(0).trim();
            Indicator indicator = catalogue.get(code);
            if (indicator == null) {
                errors.add(line, "indicator_code", "'" + code + "' is not an indicator of the catalogue");
            }
            String area = f.get(2).trim();
            if (!knownAreas.contains(area)) {
                errors.add(line, "area_code", "'" + area + "' is not a known area");
            } else if (!caller.isAdmin() && !caller.areaCodes().contains(area)) {
                errors.add(line, "area_code", "'" + area + "' is not one of your areas: you may import only for "
                        + String.join(", ", caller.areaCodes()));
            }
            String period = f.get(4).trim();
            if (period.isEmpty() || period.length() > 20) {
                errors.add(line, "period", "must be a label of 1 to 20 characters, such as 2023 or 2022/23");
            }
            String periodStart = f.get(5).trim();
            if (!isDate(periodStart)) {
                errors.add(line, "period_start", "'" + periodStart + "' is not a date as YYYY-MM-DD");
            }
            String breakdown = f.get(6).trim();
            String category = f.get(7).trim();
            if ("total".equals(breakdown)) {
                if (!"total".equals(category)) {
                    errors.add(line, "category", "must be total when the breakdown is total");
                }
            } else if (breakdown.isEmpty()) {
                errors.add(line, "breakdown", "is empty: use total for the headline figure");
            } else if (indicator != null && !indicator.breakdowns.contains(breakdown)) {
                errors.add(line, "breakdown", "'" + breakdown + "' is not a breakdown of " + code + " (it has: total"
                        + (indicator.breakdowns.isEmpty() ? "" : ", " + String.join(", ", indicator.breakdowns)) + ")");
            }
            if (category.isEmpty() || category.length() > LABEL_LENGTH) {
                errors.add(line, "category", "must be 1 to " + LABEL_LENGTH + " characters");
            }
            if (breakdown.length() > LABEL_LENGTH) {
                errors.add(line, "breakdown", "must be at most " + LABEL_LENGTH + " characters");
            }
            BigDecimal value = number(f, 8, line, errors);
            number(f, 9, line, errors);
            BigDecimal denominator = number(f, 10, line, errors);
            BigDecimal lower = number(f, 11, line, errors);
            BigDecimal upper = number(f, 12, line, errors);
            if (denominator != null && denominator.signum() <= 0) {
                errors.add(line, "denominator", "must be more than 0");
            }
            if (value != null && lower != null && lower.compareTo(value) > 0) {
                errors.add(line, "lower_ci", "is above the value: a confidence interval must lie around it");
            }
            if (value != null && upper != null && upper.compareTo(value) < 0) {
                errors.add(line, "upper_ci", "is below the value: a confidence interval must lie around it");
            }
            String unit = f.get(13).trim();
            if (indicator != null && !unit.isEmpty() && !unit.equals(indicator.unit.name().toLowerCase())) {
                errors.add(line, "unit", "is " + unit + " but " + code + " is measured in "
                        + indicator.unit.name().toLowerCase());
            }
            String note = f.get(14);
            if (note.length() > 1000) {
                errors.add(line, "note", "must be at most 1000 characters");
            }
            if (errors.count > before) {
                return null;
            }
            return new String[] { code, area, period, periodStart, breakdown, category, f.get(8).trim(),
                    f.get(9).trim(), f.get(10).trim(), f.get(11).trim(), f.get(12).trim(), note };
        }
    }

    private static final String[] NUMBER_COLUMNS = { "", "", "", "", "", "", "", "", "value", "numerator",
            "denominator", "lower_ci", "upper_ci" };

    private static BigDecimal number(List<String> fields, int index, int line, Errors errors) {
        String text = fields.get(index).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(line, NUMBER_COLUMNS[index], "'" + text + "' is not a number (use digits and a . only)");
            return null;
        }
    }

    /** Checked rows as COPY's CSV, encoded straight into bytes: most fields are ASCII codes and numbers. */
    private static final class CopyBuffer {
        byte[] bytes = new byte[CHUNK_BYTES + (64 << 10)];
        int size;

        void writeLine(String[] fields) {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    write(",");
                }
                String field = fields[i];
                if (field.isEmpty()) {
                    continue; // empty is NULL for COPY: an absent number or note
                }
                if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                        || field.indexOf('\r') >= 0) {
                    write('"' + field.replace("\"", "\"\"") + '"');
                } else {
                    write(field);
                }
            }
            write("\n");
        }

        private void write(String text) {
            int most = text.length() * 3; // UTF-8 takes at most 3 bytes a char
            if (size + most > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + most));
            }
            int start = size;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(utf8, 0, bytes, start, utf8.length);
                    size = start + utf8.length;
                    return;
                }
                bytes[size++] = (byte) c;
            }
        }
    }

    private static final String KEY_MATCH = """
            v.indicator_code = t.indicator_code AND v.area_code = t.area_code AND v.period = t.period
            AND v.breakdown = t.breakdown AND v.category = t.category""";
    private static final String FIGURES = "period_start, value, numerator, denominator, lower_ci, upper_ci, note";

    /** {inserted, updated}: what an upsert would do, without doing it. */
    private static long[] preview(Connection connection) throws SQLException {
        return counts(connection, "SELECT count(*) FILTER (WHERE v.indicator_code IS NULL), count(*) FILTER (WHERE v.indicator_code IS NOT NULL"
                + " AND (v.period_start, v.value, v.numerator, v.denominator, v.lower_ci, v.upper_ci, v.note)"
                + " IS DISTINCT FROM (t.period_start, t.value, t.numerator, t.denominator, t.lower_ci, t.upper_ci,"
                + " t.note)) FROM import_value t LEFT JOIN indicator_value v ON " + KEY_MATCH);
    }

    /** {inserted, updated}; a row whose figures are the same is left alone. */
    private static long[] upsert(Connection connection) throws SQLException {
        return counts(connection, "WITH up AS (INSERT INTO indicator_value (indicator_code, area_code, period,"
                + " breakdown, category, " + FIGURES + ") SELECT indicator_code, area_code, period, breakdown,"
                + " category, " + FIGURES + " FROM import_value ON CONFLICT ON CONSTRAINT indicator_value_key"
                + " DO UPDATE SET period_start = EXCLUDED.period_start, value = EXCLUDED.value,"
                + " numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,"
                + " lower_ci = EXCLUDED.lower_ci, upper_ci = EXCLUDED.upper_ci, note = EXCLUDED.note"
                + " WHERE (indicator_value.period_start, indicator_value.value, indicator_value.numerator,"
                + " indicator_value.denominator, indicator_value.lower_ci, indicator_value.upper_ci,"
                + " indicator_value.note) IS DISTINCT FROM (EXCLUDED.period_start, EXCLUDED.value,"
                + " EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.lower_ci, EXCLUDED.upper_ci, EXCLUDED.note)"
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
