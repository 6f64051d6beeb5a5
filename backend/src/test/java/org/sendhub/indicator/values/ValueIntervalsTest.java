package org.sendhub.indicator.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.indicator.values.ConfidenceIntervalsTest.assertFourFigures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.sendhub.indicator.values.ValueIntervals.Interval;
import org.sendhub.indicator.values.ValueIntervals.Method;

/** Which method a value gets, and its limits in the value's own unit (expected values from SciPy). */
class ValueIntervalsTest {

    @Test
    void aPercentageOfANumeratorAndDenominatorGetsWilsonInPercent() {
        var intervals = ValueIntervals.of("percent", d("63.5"), d("1052"), d("1657"), null, null);
        assertEquals(Method.wilson, intervals.method());
        assertInterval(61.1413, 65.7728, intervals.ci95());
        assertInterval(59.7656, 67.0563, intervals.ci998());
    }

    @Test
    void noneOfNAndAllOfNStayWithinZeroToAHundred() {
        var none = ValueIntervals.of("percent", d("0"), d("0"), d("50"), null, null);
        assertInterval(0, 7.13476, none.ci95());
        assertInterval(0, 16.0363, none.ci998());
        var all = ValueIntervals.of("percent", d("100"), d("50"), d("50"), null, null);
        assertInterval(92.8652, 100, all.ci95());
        assertInterval(83.9637, 100, all.ci998());
    }

    @Test
    void aCountGetsExactPoissonUnderTenAndByarsFromTen() {
        var zero = ValueIntervals.of("count", d("0"), null, null, null, null);
        assertEquals(Method.exact_poisson, zero.method());
        assertInterval(0, 3.68888, zero.ci95());
        assertInterval(0, 6.90776, zero.ci998());
        var nine = ValueIntervals.of("count", d("9"), null, null, null, null);
        assertEquals(Method.exact_poisson, nine.method());
        assertInterval(4.11537, 17.0848, nine.ci95());
        var ten = ValueIntervals.of("count", d("10"), null, null, null, null);
        assertEquals(Method.byars, ten.method());
        assertInterval(4.78745, 18.3915, ten.ci95());
        assertInterval(2.91632, 24.1937, ten.ci998());
    }

    @Test
    void aRatePerThousandScalesTheNumeratorsLimitsByTheDenominator() {
        var rate = ValueIntervals.of("rate_per_1000", d("6.25"), d("25"), d("4000"), null, null);
        assertEquals(Method.byars, rate.method());
        assertInterval(4.04357, 9.22661, rate.ci95());
        assertInterval(3.07611, 11.1687, rate.ci998());
        var small = ValueIntervals.of("rate_per_1000", d("1.75"), d("7"), d("4000"), null, null);
        assertEquals(Method.exact_poisson, small.method());
        assertInterval(0.703591, 3.60567, small.ci95());
        assertInterval(0.380084, 4.90654, small.ci998());
    }

    @Test
    void theSourcesOwnIntervalIsKeptAsItsNinetyFivePerCent() {
        var supplied = ValueIntervals.of("percent", d("63.5"), d("1052"), d("1657"), d("61"), d("66"));
        assertEquals(new ValueIntervals(new Interval(d("61"), d("66")), null, Method.supplied), supplied);
    }

    @Test
    void nothingIsMadeUpWhereTheCountsCannotCarryAnInterval() {
        // withheld figure, percentage without counts, numerator above denominator, zero denominator
        assertEquals(ValueIntervals.NONE, ValueIntervals.of("percent", null, d("5"), d("20"), null, null));
        assertEquals(ValueIntervals.NONE, ValueIntervals.of("percent", d("25"), null, null, null, null));
        assertEquals(ValueIntervals.NONE, ValueIntervals.of("percent", d("120"), d("6"), d("5"), null, null));
        assertEquals(ValueIntervals.NONE, ValueIntervals.of("rate_per_1000", d("1"), d("1"), d("0"), null, null));
        assertEquals(ValueIntervals.NONE, ValueIntervals.of("count", d("-3"), null, null, null, null));
        // units with no sampling model: ratio and money
        assertEquals(ValueIntervals.NONE, ValueIntervals.of("ratio", d("1.2"), d("12"), d("10"), null, null));
        assertEquals(ValueIntervals.NONE, ValueIntervals.of("currency", d("12000"), null, null, null, null));
        // only one supplied limit is no interval: computed instead
        assertEquals(Method.wilson, ValueIntervals.of("percent", d("25"), d("5"), d("20"), d("11"), null).method());
    }

    @Test
    void limitsAreWrittenAsPlainNumbersToSixFigures() {
        var big = ValueIntervals.of("count", d("1234567"), null, null, null, null);
        assertEquals("1232390", big.ci95().lower().toPlainString());
        assertEquals(big.ci95().lower().toString(), big.ci95().lower().toPlainString());
    }

    private static void assertInterval(double lower, double upper, Interval interval) {
        assertFourFigures(lower, interval.lower().doubleValue());
        assertFourFigures(upper, interval.upper().doubleValue());
    }

    private static BigDecimal d(String figure) {
        return new BigDecimal(figure);
    }

    @Test
    void theQuickRoundingGivesWhatRoundingTheExactBinaryValueGivesOrStepsAside() {
        var random = new SplittableRandom(20261202);
        int quick = 0;
        int figures = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double figure = Math.pow(10, random.nextDouble(-8, 12)) * (random.nextBoolean() ? 1 : -1);
            quick += sameAsExact(figure);
            figures++;
        }
        // Ties at the seventh figure and the doubles either side of them, where only the exact value decides.
        for (int i = 0; i < 100_000; i++) {
            double tie = (100_000 + random.nextInt(900_000) + 0.5) * Math.pow(10, random.nextInt(-10, 8));
            quick += sameAsExact(tie) + sameAsExact(Math.nextUp(tie)) + sameAsExact(Math.nextDown(tie));
        }
        for (double figure : new double[] { 1, 12, 999_999.5, 999_999.4, 100_000, 0.1, 0.3, 2.675, 1e-300, 1e300 }) {
            quick += sameAsExact(figure);
        }
        assertTrue(quick > figures * 0.99, quick + " of " + figures + " rounded quickly");
    }

    /** 1 when the quick rounding answered, and with the exact answer; 0 when it stepped aside. */
    private static int sameAsExact(double figure) {
        BigDecimal quick = ValueIntervals.sixFiguresQuickly(figure);
        if (quick == null) {
            return 0;
        }
        assertEquals(0, quick.compareTo(new BigDecimal(figure).round(new MathContext(6))), "rounding " + figure);
        return 1;
    }
}
