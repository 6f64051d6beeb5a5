package org.sendhub.indicator.values;

import java.math.BigDecimal;
import java.math.MathContext;

import org.sendhub.indicator.values.ConfidenceIntervals.Limits;

/**
 * A value's 95% and 99.8% confidence intervals and the method that made them. The source's own
 * interval wins ({@code supplied}, taken as its 95% interval); otherwise they are computed from the
 * counts: Wilson for a percentage of a numerator and denominator, exact Poisson (below ten events)
 * or Byars for a count and for a rate per 1,000. Nothing is computed for a withheld figure, a
 * ratio, money, or counts that cannot be a proportion or a number of events.
 */
public record ValueIntervals(Interval ci95, Interval ci998, Method method) {

    /** Six significant figures: more than any published figure carries, less than float noise. */
    private static final MathContext FIGURES = new MathContext(6);

    public static final ValueIntervals NONE = new ValueIntervals(null, null, null);

    public enum Method {
        wilson, byars, exact_poisson, supplied
    }

    public record Interval(BigDecimal lower, BigDecimal upper) {

        static Interval of(Limits limits, double scale) {
            return new Interval(rounded(limits.lower() * scale), rounded(limits.upper() * scale));
        }
    }

    /**
     * @param unit the indicator's unit in lower case ({@code percent}, {@code count},
     *             {@code rate_per_1000}, {@code ratio}, {@code currency})
     */
    public static ValueIntervals of(String unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            BigDecimal lowerCi, BigDecimal upperCi) {
        if (lowerCi != null && upperCi != null) {
            return new ValueIntervals(new Interval(lowerCi, upperCi), null, Method.supplied);
        }
        if (value == null || unit == null) {
            return NONE;
        }
        return switch (unit) {
            case "percent" -> isProportion(numerator, denominator)
                    ? wilson(numerator.doubleValue(), denominator.doubleValue())
                    : NONE;
            case "rate_per_1000" -> isRate(numerator, denominator)
                    ? poisson(numerator.doubleValue(), 1000 / denominator.doubleValue())
                    : NONE;
            case "count" -> value.signum() >= 0 ? poisson(value.doubleValue(), 1) : NONE;
            default -> NONE;
        };
    }

    private static ValueIntervals wilson(double events, double total) {
        return new ValueIntervals(Interval.of(ConfidenceIntervals.wilson(events, total, 0.95), 100),
                Interval.of(ConfidenceIntervals.wilson(events, total, 0.998), 100), Method.wilson);
    }

    private static ValueIntervals poisson(double events, double scale) {
        return new ValueIntervals(Interval.of(ConfidenceIntervals.poisson(events, 0.95), scale),
                Interval.of(ConfidenceIntervals.poisson(events, 0.998), scale),
                ConfidenceIntervals.usesByars(events) ? Method.byars : Method.exact_poisson);
    }

    private static boolean isProportion(BigDecimal numerator, BigDecimal denominator) {
        return isRate(numerator, denominator) && numerator.compareTo(denominator) <= 0;
    }

    private static boolean isRate(BigDecimal numerator, BigDecimal denominator) {
        return numerator != null && denominator != null && numerator.signum() >= 0 && denominator.signum() > 0;
    }

    /** Six significant figures as a plain decimal: how every computed figure is given. */
    public static BigDecimal rounded(double figure) {
        var quick = sixFiguresQuickly(figure);
        var significant = (quick != null ? quick : new BigDecimal(figure).round(FIGURES)).stripTrailingZeros();
        // A plain number in JSON, never 1.23457E+6.
        return significant.scale() < 0 ? significant.setScale(0) : significant;
    }

    /** The powers of ten a double holds exactly. */
    private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

    /**
     * The figure to six significant figures (half up) through a long, as {@link #FIGURES} rounds its
     * exact binary value, whenever its seventh digit is far enough from a tie that the one rounding
     * error of scaling it cannot tip the result (the scaled figure is off by 1e-10 at most; ties
     * are kept 1e-6 away); else null, for the exact path. That path divides a BigInteger, and was
     * a sixth of the work of a page of indicator values.
     */
    static BigDecimal sixFiguresQuickly(double figure) {
        double magnitude = Math.abs(figure);
        if (magnitude == 0 || !Double.isFinite(magnitude)) {
            return null;
        }
        int figures = FIGURES.getPrecision();
        int exponent = (int) Math.floor(Math.log10(magnitude)) - (figures - 1);
        if (Math.abs(exponent) >= POWERS_OF_TEN.length) {
            return null;
        }
        double scaled = exponent >= 0 ? magnitude / POWERS_OF_TEN[exponent] : magnitude * POWERS_OF_TEN[-exponent];
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (whole < POWERS_OF_TEN[figures - 1] || whole >= POWERS_OF_TEN[figures] || Math.abs(fraction - 0.5) < 1e-6) {
            return null;
        }
        long digits = (long) whole + (fraction > 0.5 ? 1 : 0);
        return BigDecimal.valueOf(figure < 0 ? -digits : digits, -exponent);
    }
}
