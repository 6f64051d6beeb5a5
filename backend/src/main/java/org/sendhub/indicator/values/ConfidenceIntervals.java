package org.sendhub.indicator.values;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Confidence limits as OHID's PHEindicatormethods computes them for Fingertips: the Wilson score
 * interval for a proportion ({@code wilson_lower}/{@code wilson_upper}), Byars' approximation for a
 * count of events of ten or more ({@code byars_lower}/{@code byars_upper}) and the exact Poisson
 * interval from chi-square quantiles below ten ({@code phe_rate}). Quantiles come from Commons Math.
 */
public final class ConfidenceIntervals {

    /** PHEindicatormethods switches from the exact Poisson interval to Byars' at this many events. */
    public static final double BYARS_FROM = 10;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    /** A two-sided interval's limits, in the units of what was given. */
    public record Limits(double lower, double upper) {
    }

    private ConfidenceIntervals() {
    }

    /** The normal quantile that leaves (1 - confidence) / 2 in each tail: 1.960 for 0.95, 3.090 for 0.998. */
    public static double z(double confidence) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** Wilson score limits of the proportion {@code events / total}, as proportions (0 to 1). */
    public static Limits wilson(double events, double total, double confidence) {
        requireCounts(events, total);
        double z = z(confidence);
        double centre = 2 * events + z * z;
        double spread = z * Math.sqrt(z * z + 4 * events * (1 - events / total));
        double scale = 2 * (total + z * z);
        return new Limits(Math.max(0, (centre - spread) / scale), Math.min(1, (centre + spread) / scale));
    }

    /** Limits of a Poisson count: exact below {@link #BYARS_FROM} events, Byars' from there. */
    public static Limits poisson(double events, double confidence) {
        return usesByars(events) ? byars(events, confidence) : exactPoisson(events, confidence);
    }

    public static boolean usesByars(double events) {
        return events >= BYARS_FROM;
    }

    /** Byars' approximation to the Poisson limits (Breslow and Day, 1987). */
    public static Limits byars(double events, double confidence) {
        requireCounts(events, Double.POSITIVE_INFINITY);
        double z = z(confidence);
        double lower = events == 0 ? 0
                : events * Math.pow(1 - 1 / (9 * events) - z / (3 * Math.sqrt(events)), 3);
        double next = events + 1;
        double upper = next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
        return new Limits(Math.max(0, lower), upper);
    }

    /** The exact Poisson limits: half the chi-square quantiles on 2x and 2x + 2 degrees of freedom. */
    public static Limits exactPoisson(double events, double confidence) {
        requireCounts(events, Double.POSITIVE_INFINITY);
        if (events < BYARS_FROM && events == Math.rint(events) && SMALL_COUNTS.size() < 100) {
            // The few whole counts that get exact limits, kept: gamma quantiles are iterative.
            return SMALL_COUNTS.computeIfAbsent(new Count(events, confidence),
                    count -> exactPoissonLimits(count.events(), count.confidence()));
        }
        return exactPoissonLimits(events, confidence);
    }

    private record Count(double events, double confidence) {
    }

    /** Ten counts for each confidence asked for (the API asks for two); a hundred at most, whoever asks. */
    private static final Map<Count, Limits> SMALL_COUNTS = new ConcurrentHashMap<>();

    private static Limits exactPoissonLimits(double events, double confidence) {
        double tail = (1 - confidence) / 2;
        double lower = events == 0 ? 0 : chiSquare(2 * events).inverseCumulativeProbability(tail) / 2;
        double upper = chiSquare(2 * events + 2).inverseCumulativeProbability(1 - tail) / 2;
        return new Limits(lower, upper);
    }

    /**
     * Chi-square on k degrees of freedom as the gamma distribution it is (shape k/2, scale 2):
     * commons-math's ChiSquaredDistribution seeds a random generator for its inner gamma on every
     * construction, whatever it is given, and only quantiles are asked for here, never samples.
     */
    private static GammaDistribution chiSquare(double degreesOfFreedom) {
        return new GammaDistribution(null, degreesOfFreedom / 2, 2);
    }

    private static void requireCounts(double events, double total) {
        if (!(events >= 0 && events <= total && total > 0 && Double.isFinite(events))) {
            throw new IllegalArgumentException("Need 0 <= events <= total and total > 0, got " + events + " of "
                    + total);
        }
    }
}
