package org.sendhub.indicator.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.sendhub.indicator.benchmark.TrendTest.Point;
import org.sendhub.indicator.benchmark.TrendTest.Result;
import org.sendhub.indicator.catalogue.Polarity;

public class TrendTestTest {

    /**
     * The statistic as R's prop.trend.test computes it: the regression sum of squares of the
     * proportions on the scores, weighted by n / (p (1 - p)). A second formula, so the closed form
     * in {@link TrendTest} is checked against something it does not share.
     */
    public static double weightedRegression(double[] events, double[] totals) {
        double p = sum(events) / sum(totals);
        double weights = 0, meanX = 0, meanY = 0;
        for (int i = 0; i < events.length; i++) {
            double w = totals[i] / (p * (1 - p));
            weights += w;
            meanX += w * (i + 1);
            meanY += w * events[i] / totals[i];
        }
        meanX /= weights;
        meanY /= weights;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < events.length; i++) {
            double w = totals[i] / (p * (1 - p));
            sxy += w * (i + 1 - meanX) * (events[i] / totals[i] - meanY);
            sxx += w * (i + 1 - meanX) * (i + 1 - meanX);
        }
        return sxy * sxy / sxx;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    static List<Point> yearly(int firstYear, long[][] eventsOfTotals) {
        var points = new ArrayList<Point>();
        for (int i = 0; i < eventsOfTotals.length; i++) {
            long events = eventsOfTotals[i][0];
            long total = eventsOfTotals[i][1];
            points.add(new Point(String.valueOf(firstYear + i), LocalDate.of(firstYear + i, 1, 1),
                    BigDecimal.valueOf(100.0 * events / total), BigDecimal.valueOf(events), BigDecimal.valueOf(total),
                    null));
        }
        return points;
    }

    @Test
    void theStatisticIsRsPropTrendTestsOnItsOwnExample() {
        // R's help(prop.trend.test): smokers of patients; R prints X-squared = 8.2249, p = 0.004132.
        double[] smokers = { 83, 90, 129, 70 };
        double[] patients = { 86, 93, 136, 82 };
        double statistic = TrendTest.chiSquareForTrend(smokers, patients);
        assertEquals(8.2249, statistic, 0.0001);
        assertEquals(weightedRegression(smokers, patients), statistic, 1e-9);
        assertEquals(0.004132, 1 - new ChiSquaredDistribution(1).cumulativeProbability(statistic), 0.000001);
    }

    @Test
    void aSteadyRiseIsIncreasingAndReadByPolarity() {
        var series = yearly(2018, new long[][] { { 400, 1000 }, { 450, 1000 }, { 500, 1000 }, { 550, 1000 },
                { 600, 1000 }, { 650, 1000 } });
        var trend = TrendTest.of(series, true, Polarity.HIGHER_IS_BETTER);
        assertEquals(Result.INCREASING, trend.result());
        assertEquals(Judgement.BETTER, trend.judgement());
        assertEquals(List.of("2019", "2020", "2021", "2022", "2023"), trend.periods(), "the last five points");
        double[] events = { 450, 500, 550, 600, 650 };
        double[] totals = { 1000, 1000, 1000, 1000, 1000 };
        assertEquals(weightedRegression(events, totals), trend.statistic(), 1e-9);
        assertTrue(trend.pValue() < 0.002);
        assertEquals("chi_square_for_trend", trend.method());
        assertEquals(Judgement.WORSE, TrendTest.of(series, true, Polarity.LOWER_IS_BETTER).judgement());
        assertNull(TrendTest.of(series, true, Polarity.NO_JUDGEMENT).judgement());
    }

    @Test
    void aFallIsDecreasing() {
        var series = yearly(2019, new long[][] { { 600, 1000 }, { 550, 1000 }, { 500, 1000 }, { 450, 1000 },
                { 400, 1000 } });
        var trend = TrendTest.of(series, true, Polarity.HIGHER_IS_BETTER);
        assertEquals(Result.DECREASING, trend.result());
        assertEquals(Judgement.WORSE, trend.judgement());
    }

    @Test
    void aSmallWobbleIsNoSignificantChangeAt998() {
        // Significant at 95% (p about 0.01) but not at 99.8%: Fingertips calls it no change.
        var series = yearly(2019, new long[][] { { 100, 1000 }, { 105, 1000 }, { 110, 1000 }, { 120, 1000 },
                { 130, 1000 } });
        var trend = TrendTest.of(series, true, Polarity.HIGHER_IS_BETTER);
        assertTrue(trend.pValue() > 0.002 && trend.pValue() < 0.05, "p = " + trend.pValue());
        assertEquals(Result.NO_SIGNIFICANT_CHANGE, trend.result());
        assertNull(trend.judgement());
    }

    @Test
    void nothingToMoveIsNoSignificantChange() {
        var series = yearly(2019, new long[][] { { 0, 10 }, { 0, 12 }, { 0, 9 }, { 0, 11 }, { 0, 10 } });
        var trend = TrendTest.of(series, true, Polarity.HIGHER_IS_BETTER);
        assertEquals(Result.NO_SIGNIFICANT_CHANGE, trend.result());
        assertEquals(1.0, trend.pValue());
    }

    @Test
    void fewerThanFivePointsIsNotEnoughData() {
        var trend = TrendTest.of(yearly(2020, new long[][] { { 1, 2 }, { 1, 2 }, { 1, 2 }, { 1, 2 } }), true,
                Polarity.HIGHER_IS_BETTER);
        assertEquals(Result.NOT_ENOUGH_DATA, trend.result());
        assertTrue(trend.reason().contains("there are 4"), trend.reason());
    }

    @Test
    void aCountAWithheldYearAGapOrAQuarterCannotBeCalculated() {
        var five = yearly(2019, new long[][] { { 1, 2 }, { 1, 2 }, { 1, 2 }, { 1, 2 }, { 1, 2 } });
        assertEquals(Result.CANNOT_BE_CALCULATED, TrendTest.of(five, false, Polarity.NO_JUDGEMENT).result());

        var withheld = new ArrayList<>(five);
        withheld.set(2, new Point("2021", LocalDate.of(2021, 1, 1), null, null, null, "c"));
        var refused = TrendTest.of(withheld, true, Polarity.NO_JUDGEMENT);
        assertEquals(Result.CANNOT_BE_CALCULATED, refused.result());
        assertTrue(refused.reason().contains("2021") && refused.reason().contains("withheld"), refused.reason());

        var gap = new ArrayList<>(five);
        gap.set(4, new Point("2024", LocalDate.of(2024, 1, 1), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(2), null));
        assertTrue(TrendTest.of(gap, true, Polarity.NO_JUDGEMENT).reason().contains("consecutive years"));

        var noCounts = new ArrayList<>(five);
        noCounts.set(0, new Point("2019", LocalDate.of(2019, 1, 1), BigDecimal.TEN, null, null, null));
        assertTrue(TrendTest.of(noCounts, true, Polarity.NO_JUDGEMENT).reason().contains("numerator"));
    }
}
