package org.sendhub.indicator.values;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sendhub.common.json.StrictDates;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.AreaScope;
import org.sendhub.common.security.ValueReadScope;

/**
 * One SQL query for indicator values, used for JSON pages and for CSV (through PostgreSQL's
 * COPY, which takes no bind parameters). Every value put into the SQL is first checked against
 * a strict pattern and then quoted, so none can change the statement.
 */
public final class IndicatorValueQuery {

    /** The analysts' CSV columns, in order (DOMAIN.md). */
    public static final List<String> COLUMNS = List.of("indicator_code", "indicator_name", "area_code", "area_name",
            "period", "period_start", "breakdown", "category", "value", "numerator", "denominator", "lower_ci",
            "upper_ci", "unit", "note", "suppression");

    /** The columns before {@code suppression}: files written before it was added still import. */
    public static final List<String> COLUMNS_WITHOUT_SUPPRESSION = COLUMNS.subList(0, COLUMNS.size() - 1);

    private static final Pattern INDICATOR = Pattern.compile("^[a-z0-9_]{1,64}$");
    private static final Pattern AREA = Pattern.compile("^[EWSN][0-9]{8}$");
    private static final Pattern LABEL = Pattern.compile("^[A-Za-z0-9_ .:/()+&'-]{1,64}$");

    private static final String ANALYSTS_COLUMNS = """
            SELECT v.indicator_code, i.name AS indicator_name, v.area_code, a.name AS area_name, v.period,
                   v.period_start, v.breakdown, v.category, v.value, v.numerator, v.denominator, v.lower_ci,
                   v.upper_ci, lower(i.unit) AS unit, v.note, v.suppression""";
    private static final String FROM = """

            FROM indicator_value v
            JOIN indicator i ON i.code = v.indicator_code
            JOIN place a ON a.code = v.area_code
            """;
    private static final String SELECT = ANALYSTS_COLUMNS + FROM;
    private static final String ORDER = " ORDER BY v.indicator_code, v.area_code, (v.breakdown <> 'total'),"
            + " v.breakdown, v.category, v.period_start, v.period";

    private final String where;
    private final List<String> indicators;

    private IndicatorValueQuery(String where, List<String> indicators) {
        this.where = where;
        this.indicators = indicators;
    }

    /**
     * @param scope the places the caller asked for, and where it reads local indicators
     *              ({@code Access#indicatorValuesOf})
     */
    public static IndicatorValueQuery of(ValueReadScope scope, List<String> indicators, String from, String to,
            String breakdown, String category) {
        var conditions = new StringBuilder("true");
        if (!indicators.isEmpty()) {
            conditions.append(" AND v.indicator_code IN (").append(quotedAll(indicators, INDICATOR, "indicator",
                    "an indicator code such as ehcp_rate")).append(')');
        }
        if (!scope.places().every()) {
            conditions.append(" AND v.area_code IN (").append(areaList(scope.places())).append(')');
        }
        if (!scope.localIndicatorAreas().every()) {
            conditions.append(scope.localIndicatorAreas().codes().isEmpty() ? " AND i.published"
                    : " AND (i.published OR v.area_code IN (" + areaList(scope.localIndicatorAreas()) + "))");
        }
        LocalDate start = periodBound(from, "from", true);
        LocalDate end = periodBound(to, "to", false);
        if (start != null) {
            conditions.append(" AND v.period_start >= DATE ").append(quote(start.toString()));
        }
        if (end != null) {
            conditions.append(" AND v.period_start <= DATE ").append(quote(end.toString()));
        }
        if (breakdown != null && !breakdown.isBlank()) {
            conditions.append(" AND v.breakdown = ").append(quoted(breakdown, LABEL, "breakdown"));
        }
        if (category != null && !category.isBlank()) {
            conditions.append(" AND v.category = ").append(quoted(category, LABEL, "category"));
        }
        return new IndicatorValueQuery(conditions.toString(), List.copyOf(indicators));
    }

    /** A year (2019), a month (2023-01) or a day; {@code from} takes its first day, {@code to} its last. */
    static LocalDate periodBound(String value, String parameter, boolean first) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.matches("^\\d{4}$")) {
                int year = Integer.parseInt(v);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (v.matches("^\\d{4}-\\d{2}$")) {
                var month = YearMonth.parse(v);
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            return StrictDates.parse(v);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(parameter, "must be a year (2019), a month (2023-01) or a date");
        }
    }

    /** The indicators asked for; empty for all. */
    public List<String> indicators() {
        return indicators;
    }

    public String select() {
        return SELECT + " WHERE " + where + ORDER;
    }

    /**
     * The same rows with five more columns after the analysts' ones: the place's level, its parent
     * (a local authority's region, a region's country) and that parent's name, the indicator's
     * polarity and whether it is published.
     */
    public String selectWithParents() {
        return ANALYSTS_COLUMNS + ", a.level, a.parent_code, parent.name, i.polarity, i.published" + FROM
                + "LEFT JOIN place parent ON parent.code = a.parent_code WHERE " + where + ORDER;
    }

    public String page(int page, int size) {
        return select() + " LIMIT " + size + " OFFSET " + ((long) page * size);
    }

    public String count() {
        return "SELECT count(*) FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code WHERE " + where;
    }

    /** The COPY that writes exactly the analysts' CSV, header included. */
    public String copyCsv() {
        return "COPY (" + select() + ") TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')";
    }

    private static String areaList(AreaScope areas) {
        return quotedAll(areas.codes(), AREA, "area", "a GSS code");
    }

    private static String quotedAll(List<String> values, Pattern pattern, String parameter, String what) {
        return values.stream().map(v -> {
            if (!pattern.matcher(v).matches()) {
                throw ProblemException.badParameter(parameter, "must be " + what);
            }
            return quote(v);
        }).distinct().collect(Collectors.joining(", "));
    }

    private static String quoted(String value, Pattern pattern, String parameter) {
        if (!pattern.matcher(value).matches()) {
            throw ProblemException.badParameter(parameter, "must be letters, digits, spaces or _ - . / ( ) (at most 64)");
        }
        return quote(value);
    }

    /** A SQL string literal (standard_conforming_strings is on: only the quote needs doubling). */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
