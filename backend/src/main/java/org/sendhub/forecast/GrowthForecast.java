package org.sendhub.forecast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * SEND Hub's forecast of a yearly count: its growth on a log scale carried on from the latest
 * figure, with the growth shrunk towards that of all local authorities where they are pooled.
 * No I/O: the figures come in, the projection goes out. README "Forecasts" gives the method and
 * the backtest that chose it.
 *
 * <p>For a series y<sub>1..n</sub> (consecutive years, all above zero), the yearly growths are
 * g<sub>t</sub> = log y<sub>t</sub> - log y<sub>t-1</sub>, m = n - 1 of them, with mean g&#772; and
 * variance s&sup2;. Alone, the series is a random walk with drift on the log scale (R's
 * {@code forecast::rwf(log(y), drift = TRUE)}, with Student t quantiles): the forecast h years on
 * is log y<sub>n</sub> + h&middot;g&#772;, its standard error s&middot;&radic;(h + h&sup2;/m), on m - 1
 * degrees of freedom. Pooled with the other local authorities' series over the same years, the
 * growth is shrunk towards theirs by empirical Bayes, w&middot;g&#772; + (1 - w)&middot;&mu; with
 * w = &tau;&sup2; / (&tau;&sup2; + &sigma;&sup2;/m), where &mu; is their mean growth, &sigma;&sup2;
 * their mean variance of growth and &tau;&sup2; the spread of their mean growths beyond what that
 * variance explains; and the variance is moderated halfway to the pool's,
 * (s&sup2; + &sigma;&sup2;) / 2, on 2(m - 1) degrees of freedom (as limma moderates variances).
 */
public final class GrowthForecast {

    /** Fewer years give growth and spread too unsteady to project. */
    public static final int MIN_YEARS = 5;

    /** Below this many peers, their spread says too little to shrink towards. */
    public static final int MIN_POOL = 10;

    private GrowthForecast() {
    }

    /** What the peers' series over the same years say about growth. */
    public record Pool(double meanGrowth, double growthVariance, double betweenVariance, int series) {
    }

    /** The growth and spread a projection uses, and where they came from. */
    public record Fit(double growth, double variance, int degreesOfFreedom, int growths, double ownGrowth,
            double weightOnOwnGrowth, Integer pooledWith) {
    }

    /** One year ahead: the central projection and its 80% and 95% prediction intervals. */
    public record Projection(int yearsAhead, double value, double lower80, double upper80, double lower95,
            double upper95) {
    }

    /** The pool of peer series (each of the same years, all above zero), or null when there are too few. */
    public static Pool pool(Collection<double[]> peers) {
        if (peers.size() < MIN_POOL) {
            return null;
        }
        int m = -1;
        var means = new double[peers.size()];
        var variances = new double[peers.size()];
        int i = 0;
        for (double[] series : peers) {
            double[] growths = growths(series);
            if (m >= 0 && growths.length != m) {
                throw new IllegalArgumentException("Pooled series must cover the same years");
            }
            m = growths.length;
            means[i] = StatUtils.mean(growths);
            variances[i] = StatUtils.variance(growths);
            i++;
        }
        double withinVariance = StatUtils.mean(variances);
        double between = Math.max(0, StatUtils.variance(means) - withinVariance / m);
        return new Pool(StatUtils.mean(means), withinVariance, between, peers.size());
    }

    /** The fit of a series of at least {@link #MIN_YEARS} figures above zero, pooled when a pool is given. */
    public static Fit fit(double[] series, Pool pool) {
        double[] growths = growths(series);
        int m = growths.length;
        double own = StatUtils.mean(growths);
        double ownVariance = StatUtils.variance(growths);
        if (pool == null) {
            return new Fit(own, ownVariance, m - 1, m, own, 1, null);
        }
        double sampling = pool.growthVariance() / m;
        double weight = pool.betweenVariance() + sampling == 0 ? 1
                : pool.betweenVariance() / (pool.betweenVariance() + sampling);
        double growth = weight * own + (1 - weight) * pool.meanGrowth();
        double variance = (ownVariance + pool.growthVariance()) / 2;
        return new Fit(growth, variance, 2 * (m - 1), m, own, weight, pool.series());
    }

    /** The projection 1 to {@code horizon} years on from the latest figure. */
    public static List<Projection> project(double latest, Fit fit, int horizon) {
        var t = new TDistribution(null, fit.degreesOfFreedom()); // no random generator: quantiles only
        double q80 = t.inverseCumulativeProbability(0.9);
        double q95 = t.inverseCumulativeProbability(0.975);
        var out = new ArrayList<Projection>();
        for (int h = 1; h <= horizon; h++) {
            double centre = Math.log(latest) + h * fit.growth();
            double se = Math.sqrt(fit.variance() * (h + (double) h * h / fit.growths()));
            out.add(new Projection(h, Math.exp(centre), Math.exp(centre - q80 * se), Math.exp(centre + q80 * se),
                    Math.exp(centre - q95 * se), Math.exp(centre + q95 * se)));
        }
        return out;
    }

    private static double[] growths(double[] series) {
        if (series.length < MIN_YEARS) {
            throw new IllegalArgumentException("A forecast needs at least " + MIN_YEARS + " figures");
        }
        var out = new double[series.length - 1];
        for (int i = 1; i < series.length; i++) {
            if (series[i - 1] <= 0 || series[i] <= 0) {
                throw new IllegalArgumentException("A growth on a log scale needs figures above zero");
            }
            out[i - 1] = Math.log(series[i]) - Math.log(series[i - 1]);
        }
        return out;
    }
}
