package org.sendhub.indicator.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendhub.indicator.benchmark.BenchmarkDto.Benchmark;
import org.sendhub.indicator.benchmark.BenchmarkDto.Comparator;
import org.sendhub.indicator.benchmark.BenchmarkDto.Profile;
import org.sendhub.indicator.benchmark.BenchmarkDto.Role;
import org.sendhub.indicator.values.ValueIntervals.Interval;

/** The profile as one CSV row per indicator (or category), its comparisons in columns. */
final class ProfileCsv {

    static final List<String> COLUMNS = List.of("indicator_code", "indicator_name", "unit", "polarity", "breakdown",
            "category", "area_code", "area_name", "period", "value", "numerator", "denominator", "lower_ci95",
            "upper_ci95", "lower_ci998", "upper_ci998", "interval_method", "suppression", "note", "confidence_level",
            "england_value", "compared_to_england", "region_code", "region_name", "region_value",
            "compared_to_region", "neighbours_mean", "neighbours_with_value", "compared_to_neighbours", "rank",
            "rank_of", "quartile", "ordering", "la_lowest", "la_lower_quartile", "la_median", "la_upper_quartile",
            "la_highest", "recent_trend", "trend_judgement", "trend_periods", "trend_p_value");

    private ProfileCsv() {
    }

    static void write(Profile profile, Writer out) throws IOException {
        // Not closed: the caller owns the response stream.
        var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(COLUMNS);
        for (var row : profile.rows()) {
            printer.printRecord(record(profile, row));
        }
        printer.flush();
    }

    private static List<Object> record(Profile profile, Benchmark row) {
        var value = row.value();
        var england = comparator(row, Role.ENGLAND);
        var region = comparator(row, Role.REGION);
        var neighbours = comparator(row, Role.NEIGHBOURS_MEAN);
        var standing = row.localAuthorities();
        var trend = row.trend();
        var cells = new ArrayList<Object>();
        cells.addAll(List.of(row.indicator().code(), row.indicator().name(), lower(row.indicator().unit()),
                lower(row.indicator().polarity()), row.breakdown(), row.category(), profile.place().code(),
                profile.place().name(), row.period()));
        cells.addAll(List.of(plain(value.value()), plain(value.numerator()), plain(value.denominator()),
                lowerLimit(value.intervals().ci95()), upperLimit(value.intervals().ci95()),
                lowerLimit(value.intervals().ci998()), upperLimit(value.intervals().ci998()),
                text(value.intervals().method()), text(value.suppression()), text(value.note()),
                row.confidenceLevel().toPlainString()));
        cells.addAll(List.of(comparatorValue(england), compared(england),
                region == null ? "" : text(region.code()), region == null ? "" : region.name(),
                comparatorValue(region), compared(region), comparatorValue(neighbours),
                neighbours == null ? "" : text(neighbours.places()), compared(neighbours)));
        cells.addAll(List.of(text(standing.rank()), standing.of(), text(standing.quartile()),
                lower(standing.ordering()), plain(standing.lowest()), plain(standing.lowerQuartile()),
                plain(standing.median()), plain(standing.upperQuartile()), plain(standing.highest())));
        cells.addAll(List.of(lower(trend.result()), lower(trend.judgement()), String.join(" ", trend.periods()),
                text(trend.pValue())));
        return cells;
    }

    private static Comparator comparator(Benchmark row, Role role) {
        return row.comparators().stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    /** The judgement by polarity where there is one, else the significance: better, higher, not_compared. */
    private static String compared(Comparator comparator) {
        if (comparator == null) {
            return "";
        }
        return comparator.judgement() != null && comparator.judgement() != Judgement.NOT_JUDGED
                ? lower(comparator.judgement()) : lower(comparator.significance());
    }

    private static String comparatorValue(Comparator comparator) {
        return comparator == null ? "" : plain(comparator.value());
    }

    private static String lowerLimit(Interval interval) {
        return interval == null ? "" : plain(interval.lower());
    }

    private static String upperLimit(Interval interval) {
        return interval == null ? "" : plain(interval.upper());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase();
    }
}
