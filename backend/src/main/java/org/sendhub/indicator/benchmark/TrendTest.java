package org.sendhub.indicator.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.sendhub.indicator.catalogue.Polarity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Fingertips' recent trend: the chi-square test for trend in proportions (Armitage's, the same
 * statistic as R's {@code prop.trend.test}) over the last five yearly points, significant at
 * 99.8%. Only proportions and crude rates of counts are tested, as Fingertips does; each refusal
 * says why in words.
 */
public final class TrendTest {

    public static final int POINTS = 5;
    public static final double CONFIDENCE = 0.998;
    public static final BigDecimal CONFIDENCE_PERCENT = new BigDecimal("99.8");

    public enum Result {
        @JsonProperty("increasing") INCREASING,
        @JsonProperty("decreasing") DECREASING,
        @JsonProperty("no_significant_change") NO_SIGNIFICANT_CHANGE,
        @JsonProperty("not_enough_data") NOT_ENOUGH_DATA,
        @JsonProperty("cannot_be_calculated") CANNOT_BE_CALCULATED
    }

    /** One period of a series; {@code suppression} set when the source withheld the figure. */
    public record Point(String period, LocalDate periodStart, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, String suppression) {
    }

    public record RecentTrend(Result result, Judgement judgement, List<String> periods, Double statistic,
            Double pValue, BigDecimal confidenceLevel, String method, String reason) {

        static RecentTrend refused(Result result, List<String> periods, String reason) {
            return new RecentTrend(result, null, periods, null, null, CONFIDENCE_PERCENT, null, reason);
        }
    }

    private static final ChiSquaredDistribution ONE_DEGREE = new ChiSquaredDistribution(null, 1);

    private TrendTest() {
    }

    /**
     * @param series every period of the series, oldest first, withheld ones included
     * @param countsTested whether the indicator's figures are proportions or rates of counts
     */
    public static RecentTrend of(List<Point> series, boolean countsTested, Polarity polarity) {
        if (!countsTested) {
            return RecentTrend.refused(Result.CANNOT_BE_CALCULATED, List.of(),
                    "Only percentages and rates with numerators and denominators are tested for trend.");
        }
        var last = series.subList(Math.max(0, series.size() - POINTS), series.size());
        var periods = last.stream().map(Point::period).toList();
        if (last.size() < POINTS) {
            return RecentTrend.refused(Result.NOT_ENOUGH_DATA, periods,
                    "The test needs " + POINTS + " periods; there are " + last.size() + ".");
        }
        for (int i = 0; i < last.size(); i++) {
            var point = last.get(i);
            if (point.suppression() != null || point.value() == null) {
                return RecentTrend.refused(Result.CANNOT_BE_CALCULATED, periods,
                        "The figure for " + point.period() + " is withheld.");
            }
            if (!isProportion(point)) {
                return RecentTrend.refused(Result.CANNOT_BE_CALCULATED, periods,
                        "The figure for " + point.period() + " has no numerator and denominator.");
            }
            if (i > 0 && ChronoUnit.MONTHS.between(last.get(i - 1).periodStart(), point.periodStart()) != 12) {
                return RecentTrend.refused(Result.CANNOT_BE_CALCULATED, periods,
                        "The last " + POINTS + " periods are not consecutive years.");
            }
        }
        double[] events = last.stream().mapToDouble(p -> p.numerator().doubleValue()).toArray();
        double[] totals = last.stream().mapToDouble(p -> p.denominator().doubleValue()).toArray();
        double statistic = chiSquareForTrend(events, totals);
        double pValue = Double.isNaN(statistic) ? 1 : 1 - ONE_DEGREE.cumulativeProbability(statistic);
        Result result = pValue >= 1 - CONFIDENCE ? Result.NO_SIGNIFICANT_CHANGE
                : slope(events, totals) > 0 ? Result.INCREASING : Result.DECREASING;
        return new RecentTrend(result, judge(result, polarity), periods, Double.isNaN(statistic) ? 0 : statistic,
                pValue, CONFIDENCE_PERCENT, "chi_square_for_trend", null);
    }

    /**
     * The chi-square statistic for a linear trend in the proportions events/totals, with scores
     * 1..n: [sum x(O - pN)]^2 / (p(1 - p)(sum N x^2 - (sum N x)^2 / sum N)). NaN when every
     * proportion is 0 or every one is 1 (nothing can move).
     */
    static double chiSquareForTrend(double[] events, double[] totals) {
        double sumEvents = 0, sumTotals = 0, sumTotalsX = 0, sumTotalsXx = 0, sumEventsX = 0;
        for (int i = 0; i < events.length; i++) {
            double x = i + 1;
            sumEvents += events[i];
            sumTotals += totals[i];
            sumEventsX += events[i] * x;
            sumTotalsX += totals[i] * x;
            sumTotalsXx += totals[i] * x * x;
        }
        double p = sumEvents / sumTotals;
        double variance = p * (1 - p) * (sumTotalsXx - sumTotalsX * sumTotalsX / sumTotals);
        double deviation = sumEventsX - p * sumTotalsX;
        return variance == 0 ? Double.NaN : deviation * deviation / variance;
    }

    /** The sign of the trend: positive when the proportions rise with time. */
    private static double slope(double[] events, double[] totals) {
        double sumEvents = 0, sumTotals = 0, sumEventsX = 0, sumTotalsX = 0;
        for (int i = 0; i < events.length; i++) {
            sumEvents += events[i];
            sumTotals += totals[i];
            sumEventsX += events[i] * (i + 1);
            sumTotalsX += totals[i] * (i + 1);
        }
        return sumEventsX - sumEvents / sumTotals * sumTotalsX;
    }

    private static boolean isProportion(Point point) {
        return point.numerator() != null && point.denominator() != null && point.denominator().signum() > 0
                && point.numerator().signum() >= 0 && point.numerator().compareTo(point.denominator()) <= 0;
    }

    private static Judgement judge(Result result, Polarity polarity) {
        if (polarity == Polarity.NO_JUDGEMENT
                || (result != Result.INCREASING && result != Result.DECREASING)) {
            return null;
        }
        boolean up = result == Result.INCREASING;
        return up == (polarity == Polarity.HIGHER_IS_BETTER) ? Judgement.BETTER : Judgement.WORSE;
    }
}
