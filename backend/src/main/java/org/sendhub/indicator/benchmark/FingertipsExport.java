package org.sendhub.indicator.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendhub.geography.Geography;
import org.sendhub.indicator.benchmark.TrendTest.RecentTrend;
import org.sendhub.indicator.catalogue.Polarity;
import org.sendhub.indicator.values.IndicatorValueQuery;
import org.sendhub.indicator.values.ValueIntervals;
import org.sendhub.indicator.values.ValueIntervals.Interval;

import io.agroal.api.AgroalDataSource;

/**
 * Indicator values in the columns OHID's fingertipsR returns, so that analysts' R and Python code
 * written for Fingertips runs on SEND Hub's figures. Each row is compared with England and its
 * region at 95%, and each series carries its recent trend, by the same rules as the benchmark.
 * Rows stream from the database one series at a time. README "Analysts" maps every column.
 */
@ApplicationScoped
public class FingertipsExport {

    public static final List<String> COLUMNS = List.of("IndicatorID", "IndicatorName", "ParentCode", "ParentName",
            "AreaCode", "AreaName", "AreaType", "Sex", "Age", "CategoryType", "Category", "Timeperiod", "Value",
            "LowerCI95.0limit", "UpperCI95.0limit", "LowerCI99.8limit", "UpperCI99.8limit", "Count", "Denominator",
            "Valuenote", "RecentTrend", "ComparedtoEnglandvalueorpercentiles", "ComparedtoRegionvalueorpercentiles",
            "TimeperiodSortable", "Newdata", "Comparedtogoal");

    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;
    private static final int FETCH_ROWS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    /** One stored row with what the Fingertips columns need besides the analysts' ones. */
    private record Row(FigureRow figure, String indicatorName, String areaName, String unit, String level,
            String parentCode, String parentName, Polarity polarity, boolean published) {

        static Row from(ResultSet rs) throws SQLException {
            var figure = new FigureRow(rs.getString(1), rs.getString(7), rs.getString(8), rs.getString(3),
                    rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(9),
                    rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                    rs.getString(15), rs.getString(16));
            return new Row(figure, rs.getString(2), rs.getString(4), rs.getString(14), rs.getString(17),
                    rs.getString(18), rs.getString(19), Polarity.valueOf(rs.getString(20)), rs.getBoolean(21));
        }

        boolean sameSeries(Row other) {
            return figure.key().equals(other.figure.key()) && figure.areaCode().equals(other.figure.areaCode());
        }
    }

    /**
     * @param readsBenchmarkOf whether the caller may read a local indicator's figure for a place
     *                         (a published indicator's figures are read by all)
     */
    public void write(IndicatorValueQuery query, Writer out, Predicate<String> readsBenchmarkOf) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            var benchmarks = benchmarks(connection, query.indicators());
            connection.setAutoCommit(false);
            // The printer is flushed, not closed: the caller owns the response stream.
            var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            try (var statement = connection.createStatement()) {
                printer.printRecord(COLUMNS);
                statement.setFetchSize(FETCH_ROWS);
                var series = new ArrayList<Row>();
                try (var rs = statement.executeQuery(query.selectWithParents())) {
                    while (rs.next()) {
                        var row = Row.from(rs);
                        if (!series.isEmpty() && !series.get(0).sameSeries(row)) {
                            print(printer, series, benchmarks, readsBenchmarkOf);
                            series.clear();
                        }
                        series.add(row);
                    }
                }
                print(printer, series, benchmarks, readsBenchmarkOf);
                printer.flush();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("Exporting indicator values for Fingertips failed", e);
        }
    }

    private record PlaceFigureKey(SeriesKey series, String period, String area) {
    }

    /** England's and the regions' figures, the comparators of every row. */
    private static Map<PlaceFigureKey, FigureRow> benchmarks(Connection connection, List<String> indicators)
            throws SQLException {
        var out = new HashMap<PlaceFigureKey, FigureRow>();
        String sql = "SELECT " + FigureRow.COLUMNS + " FROM indicator_value v JOIN place p ON p.code = v.area_code"
                + " WHERE p.level IN ('country', 'region')"
                + (indicators.isEmpty() ? "" : " AND v.indicator_code = ANY(?)");
        try (var statement = connection.prepareStatement(sql)) {
            if (!indicators.isEmpty()) {
                statement.setArray(1, connection.createArrayOf("text", indicators.toArray()));
            }
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    var row = FigureRow.from(rs);
                    out.put(new PlaceFigureKey(row.key(), row.period(), row.areaCode()), row);
                }
            }
        }
        return out;
    }

    private static void print(CSVPrinter printer, List<Row> series, Map<PlaceFigureKey, FigureRow> benchmarks,
            Predicate<String> readsBenchmarkOf) throws IOException {
        if (series.isEmpty()) {
            return;
        }
        var first = series.get(0);
        boolean tested = Benchmarks.testsTrend(first.unit());
        RecentTrend trend = TrendTest.of(series.stream().map(r -> r.figure().point()).toList(), tested,
                first.polarity());
        for (var row : series) {
            var figure = row.figure();
            var intervals = figure.intervals(row.unit());
            var ci95 = intervals.ci95();
            var ci998 = intervals.ci998();
            boolean england = "country".equals(row.level());
            printer.printRecord(figure.indicator(), row.indicatorName(), england ? "" : row.parentCode(),
                    england ? "" : row.parentName(), figure.areaCode(), row.areaName(), areaType(row.level()),
                    "sex".equals(figure.breakdown()) ? capitalised(figure.category()) : "Persons",
                    "age".equals(figure.breakdown()) ? figure.category() : "All ages",
                    isCategoryType(figure.breakdown()) ? words(figure.breakdown()) : "",
                    isCategoryType(figure.breakdown()) ? figure.category() : "", figure.period(),
                    plain(figure.value()), lower(ci95), upper(ci95), lower(ci998), upper(ci998),
                    plain(figure.numerator() != null ? figure.numerator()
                            : Benchmarks.isCount(row.unit()) ? figure.value() : null),
                    plain(figure.denominator()), valueNote(figure), recentTrend(trend),
                    england ? "Not compared" : compared(row, intervals, benchmarks, Geography.ENGLAND, readsBenchmarkOf),
                    "local_authority".equals(row.level())
                            ? compared(row, intervals, benchmarks, row.parentCode(), readsBenchmarkOf)
                            : "Not compared",
                    sortable(figure.periodStart()), "", "");
        }
    }

    /** Fingertips' words for the significance of a row against one comparator, at 95%. */
    private static String compared(Row row, ValueIntervals intervals, Map<PlaceFigureKey, FigureRow> benchmarks,
            String comparatorCode, Predicate<String> readsBenchmarkOf) {
        var figure = row.figure();
        var comparator = benchmarks.get(new PlaceFigureKey(figure.key(), figure.period(), comparatorCode));
        if (Benchmarks.isCount(row.unit()) || comparator == null || figure.value() == null
                || !(row.published() || readsBenchmarkOf.test(comparatorCode))) {
            return "Not compared";
        }
        var significance = Significance.of(LEVEL.of(intervals), comparator.value());
        var judgement = significance.judged(row.polarity());
        if (judgement == null) {
            return "Not compared";
        }
        return switch (judgement) {
            case BETTER -> "Better " + LEVEL.label();
            case WORSE -> "Worse " + LEVEL.label();
            case SIMILAR -> "Similar";
            case NOT_JUDGED -> significance == Significance.HIGHER ? "Higher" : "Lower";
        };
    }

    /** Fingertips' words for a recent trend. */
    static String recentTrend(RecentTrend trend) {
        return switch (trend.result()) {
            case INCREASING, DECREASING -> (trend.result() == TrendTest.Result.INCREASING ? "Increasing"
                    : "Decreasing")
                    + (trend.judgement() == null ? ""
                            : trend.judgement() == Judgement.BETTER ? " and getting better" : " and getting worse");
            case NO_SIGNIFICANT_CHANGE -> "No significant change";
            case NOT_ENOUGH_DATA, CANNOT_BE_CALCULATED -> "Cannot be calculated";
        };
    }

    private static String areaType(String level) {
        return switch (level) {
            case "country" -> "England";
            case "region" -> "Region";
            default -> "Counties & UAs";
        };
    }

    private static boolean isCategoryType(String breakdown) {
        return !SeriesKey.TOTAL.equals(breakdown) && !"sex".equals(breakdown) && !"age".equals(breakdown);
    }

    private static String words(String code) {
        return capitalised(code.replace('_', ' '));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String valueNote(FigureRow figure) {
        String withheld = figure.suppression() == null ? null : "Value suppressed (" + figure.suppression() + ")";
        if (withheld != null && figure.note() != null) {
            return withheld + ": " + figure.note();
        }
        return withheld != null ? withheld : figure.note() == null ? "" : figure.note();
    }

    /** The period start as YYYYMMDD: sorts as Fingertips' TimeperiodSortable does. */
    private static String sortable(LocalDate start) {
        return String.format("%04d%02d%02d", start.getYear(), start.getMonthValue(), start.getDayOfMonth());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String lower(Interval interval) {
        return interval == null ? "" : plain(interval.lower());
    }

    private static String upper(Interval interval) {
        return interval == null ? "" : plain(interval.upper());
    }
}
