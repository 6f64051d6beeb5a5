package org.sendhub.indicator.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendhub.indicator.values.ConfidenceIntervals.Limits;

/**
 * Expected limits were computed apart from this code, from the published formulas with SciPy 1.17
 * ({@code norm.ppf}, {@code chi2.ppf}); the Wilson ones also agree with SciPy's own
 * {@code binomtest(x, n).proportion_ci(method='wilson')}. Checked to four significant figures.
 */
class ConfidenceIntervalsTest {

    @ParameterizedTest(name = "{0} of {1} at {2}: {3} to {4}")
    @CsvSource({
            // Manchester's 20-week timeliness 2024
            "1052, 1657, 0.95,  0.611413, 0.657728",
            "1052, 1657, 0.998, 0.597656, 0.670563",
            "5,    20,   0.95,  0.111862, 0.468701",
            "5,    20,   0.998, 0.0717137, 0.589872",
            // 0 of n and n of n: one limit sits on the edge, the other does not
            "0,    50,   0.95,  0,        0.0713476",
            "0,    50,   0.998, 0,        0.160363",
            "50,   50,   0.95,  0.928652, 1",
            "50,   50,   0.998, 0.839637, 1",
            "1,    1,    0.95,  0.206549, 1",
            "1,    1,    0.998, 0.0947909, 1" })
    void wilsonMatchesTheScoreInterval(double events, double total, double confidence, double lower, double upper) {
        assertLimits(lower, upper, ConfidenceIntervals.wilson(events, total, confidence));
    }

    @ParameterizedTest(name = "{0} events at {1}: {2} to {3}")
    @CsvSource({
            // count 0: the lower limit is 0, the upper the chi-square quantile on 2 degrees of freedom
            "0, 0.95,  0,         3.68888",
            "0, 0.998, 0,         6.90776",
            "1, 0.95,  0.0253178, 5.57164",
            "1, 0.998, 0.0010005, 9.23341",
            "5, 0.95,  1.62349,   11.6683",
            "5, 0.998, 0.739372,  16.4547",
            "9, 0.95,  4.11537,   17.0848",
            "9, 0.998, 2.45242,   22.6574" })
    void underTenEventsTheIntervalIsExactPoisson(double events, double confidence, double lower, double upper) {
        assertLimits(lower, upper, ConfidenceIntervals.poisson(events, confidence));
        assertLimits(lower, upper, ConfidenceIntervals.exactPoisson(events, confidence));
    }

    @ParameterizedTest(name = "{0} events at {1}: {2} to {3}")
    @CsvSource({
            // at 10, Byars (4.787) and exact (4.795) differ in the fourth figure: this pins the switch
            "10,   0.95,  4.78745, 18.3915",
            "10,   0.998, 2.91632, 24.1937",
            "100,  0.95,  81.3621, 121.628",
            "100,  0.998, 71.9037, 134.944",
            "1234, 0.95,  1166.10, 1304.82",
            "1234, 0.998, 1128.28, 1346.46" })
    void fromTenEventsTheIntervalIsByars(double events, double confidence, double lower, double upper) {
        assertLimits(lower, upper, ConfidenceIntervals.poisson(events, confidence));
        assertLimits(lower, upper, ConfidenceIntervals.byars(events, confidence));
    }

    @Test
    void theNormalQuantilesAreFingertipsTwoLevels() {
        assertFourFigures(1.95996, ConfidenceIntervals.z(0.95));
        assertFourFigures(3.09023, ConfidenceIntervals.z(0.998));
    }

    @Test
    void countsThatCannotBeAProportionAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.wilson(6, 5, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.wilson(0, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.poisson(-1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.poisson(Double.NaN, 0.95));
    }

    private static void assertLimits(double lower, double upper, Limits limits) {
        assertFourFigures(lower, limits.lower());
        assertFourFigures(upper, limits.upper());
    }

    /** Equal to four significant figures: within half a unit of the fourth. */
    static void assertFourFigures(double expected, double actual) {
        if (expected == 0) {
            assertEquals(0, actual, 1e-12);
            return;
        }
        double halfUnit = 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - 3);
        assertTrue(Math.abs(actual - expected) <= halfUnit,
                () -> "expected " + expected + " to four figures, got " + actual);
    }
}
