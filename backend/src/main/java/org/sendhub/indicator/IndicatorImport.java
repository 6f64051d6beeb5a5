package org.sendhub.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sendhub.area.AreaRepository;
import org.sendhub.common.audit.AuditLog;
import org.sendhub.common.problem.Problem.RowError;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Caller;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports the analysts' CSV all or nothing. Rows are checked as they stream in and the good
 * ones are copied into a temporary table; only if no row is bad are they upserted into
 * indicator_value, in the same transaction as the audit entries. A file read back from the
 * export changes nothing.
 */
@ApplicationScoped
public class IndicatorImport {

    public static final String ENTITY_TYPE = "indicator_values";
    private static final int MAX_REPORTED_ERRORS = 1000;
    private static final int LABEL_LENGTH = 64;
    private static final int IMPORT_TIMEOUT_SECONDS = 1800;

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
        /** The copy into the temporary table was abandoned: it cannot be queried. */
        boolean copyAbandoned;

        void add(int line, String column, String message) {
            count++;
            if (reported.size() < MAX_REPORTED_ERRORS) {
                reported.add(new RowError(line, column, message));
            }
        }
    }

    /** Joins the caller's transaction (the demo loader's), or starts one long enough for a national file. */
    public ImportReport run(Reader csv, Caller caller, boolean dryRun) {
        return QuarkusTransaction.joiningExisting().timeout(IMPORT_TIMEOUT_SECONDS)
                .call(() -> runInTransaction(csv, caller, dryRun));
    }

    private ImportReport runInTransaction(Reader csv, Caller caller, boolean dryRun) throws IOException {
        Map<String, Indicator> catalogue = new HashMap<>();
        indicators.listAll().forEach(i -> catalogue.put(i.code, i));
        Set<String> knownAreas = new HashSet<>();
        areas.listAll().forEach(a -> knownAreas.add(a.code));
        var errors = new Errors();

        try (Connection connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TEMP TABLE import_value (
                            line integer, indicator_code text, area_code text, period text, period_start date,
                            breakdown text, category text, value numeric, numerator numeric, denominator numeric,
                            lower_ci numeric, upper_ci numeric, note text) ON COMMIT DROP""");
            }
            long rows = copyRows(csv, connection, catalogue, knownAreas, caller, errors);
            findDuplicates(connection, errors);
            if (errors.count > 0) {
                throw ProblemException.badRows(errors.reported, errors.count);
            }
            if (rows == 0) {
                throw ProblemException.badRows(List.of(new RowError(2, "", "the file has a header but no rows")), 1);
            }
            long[] changes = dryRun ? preview(connection) : upsert(connection);
            var report = new ImportReport(dryRun, rows, changes[0], changes[1], rows - changes[0] - changes[1],
                    distinct(connection, "area_code"), distinct(connection, "indicator_code"));
            if (!dryRun) {
                UUID importId = UUID.randomUUID();
                for (String area : report.areaCodes()) {
                    audit.record(area, ENTITY_TYPE, importId, AuditLog.Action.importing, caller.username(), null,
                            report);
                }
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed in the database", e);
        }
    }

    private long copyRows(Reader csv, Connection connection, Map<String, Indicator> catalogue, Set<String> knownAreas,
            Caller caller, Errors errors) throws IOException, SQLException {
        var reader = new CsvReader(csv);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY import_value FROM STDIN WITH (FORMAT csv)");
        var chunk = new ByteArrayOutputStream(1 << 20);
        long rows = 0;
        try {
            CsvReader.Row header = reader.next();
            if (header == null || !header.fields().stream().map(String::trim).toList()
                    .equals(IndicatorValueQuery.COLUMNS)) {
                errors.add(1, "", "the header must be exactly: " + String.join(",", IndicatorValueQuery.COLUMNS));
                errors.copyAbandoned = true;
                return 0;
            }
            CsvReader.Row row;
            while ((row = reader.next()) != null) {
                rows++;
                String[] checked = check(row, catalogue, knownAreas, caller, errors);
                // Good rows are copied even after a bad one, so that repeated keys are found too;
                // the temporary table goes with the transaction either way.
                if (checked != null) {
                    writeCsvLine(chunk, row.line(), checked);
                    if (chunk.size() >= (1 << 20)) {
                        copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                        chunk.reset();
                    }
                }
            }
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            copy.endCopy();
            return rows;
        } catch (CsvReader.MalformedCsvException e) {
            errors.add(e.line, "", "the file is not valid CSV here: " + e.getMessage());
            errors.copyAbandoned = true;
            return rows;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The row's fields ready for the temporary table, or null (and errors noted) if it is bad. */
    private static String[] check(CsvReader.Row row, Map<String, Indicator> catalogue, Set<String> knownAreas,
            Caller caller, Errors errors) {
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
        try {
            LocalDate.parse(periodStart);
        } catch (DateTimeParseException e) {
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

    private static void writeCsvLine(ByteArrayOutputStream out, int line, String[] fields) {
        var text = new StringBuilder(128).append(line);
        for (String field : fields) {
            text.append(',');
            if (field.isEmpty()) {
                continue; // empty is NULL for COPY: an absent number or note
            }
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                text.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                text.append(field);
            }
        }
        text.append('\n');
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void findDuplicates(Connection connection, Errors errors) throws SQLException {
        if (errors.copyAbandoned) {
            return;
        }
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("""
                SELECT min(line), array_agg(line ORDER BY line)
                FROM import_value
                GROUP BY indicator_code, area_code, period, breakdown, category
                HAVING count(*) > 1
                ORDER BY 1 LIMIT 1000""")) {
            while (rs.next()) {
                Integer[] lines = (Integer[]) rs.getArray(2).getArray();
                for (int i = 1; i < lines.length; i++) {
                    errors.add(lines[i], "", "repeats line " + lines[0]
                            + ": same indicator, area, period, breakdown and category");
                }
            }
        }
    }

    private static final String KEY_MATCH = """
            v.indicator_code = t.indicator_code AND v.area_code = t.area_code AND v.period = t.period
            AND v.breakdown = t.breakdown AND v.category = t.category""";
    private static final String FIGURES = "period_start, value, numerator, denominator, lower_ci, upper_ci, note";

    /** {inserted, updated}: what an upsert would do, without doing it. */
    private static long[] preview(Connection connection) throws SQLException {
        return counts(connection, "SELECT count(*) FILTER (WHERE v.id IS NULL), count(*) FILTER (WHERE v.id IS NOT NULL"
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

    private static List<String> distinct(Connection connection, String column) throws SQLException {
        var out = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT DISTINCT " + column + " FROM import_value ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
