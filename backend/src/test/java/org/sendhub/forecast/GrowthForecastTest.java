package org.sendhub.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The method against figures worked out here by hand, with Student t quantiles from printed
 * tables (R: qt(0.9, df), qt(0.975, df)), not from the library the method uses.
 */
class GrowthForecastTest {

    static final double QT90_DF3 = 1.637744;
    static final double QT975_DF3 = 3.182446;
    static final double QT90_DF6 = 1.439756;
    static final double QT975_DF6 = 2.446912;

    @Test
    void aSeriesGrowingByTheSameShareEachYearCarriesItOnWithNoSpread() {
        double[] series = {1000, 1100, 1210, 1331, 1464.1};
        var fit = GrowthForecast.fit(series, null);
        var projection = GrowthForecast.project(series[4], fit, 5);
        assertEquals(5, projection.size());
        assertEquals(1610.51, projection.get(0).value(), 1e-6);
        assertEquals(1464.1 * Math.pow(1.1, 5), projection.get(4).value(), 1e-6);
        assertEquals(projection.get(4).value(), projection.get(4).lower95(), 1e-6);
        assertEquals(projection.get(4).value(), projection.get(4).upper95(), 1e-6);
        assertNull(fit.pooledWith());
    }

    @Test
    void aFlatSeriesStaysFlat() {
        var projection = GrowthForecast.project(250, GrowthForecast.fit(new double[] {250, 250, 250, 250, 250}, null), 3);
        projection.forEach(p -> assertEquals(250, p.value(), 1e-9));
    }

    @Test
    void aNoisySeriesIsARandomWalkWithDriftOnTheLogScale() {
        double[] series = {100, 110, 125, 130, 150};
        // Growths by hand: log(110/100), log(125/110), log(130/125), log(150/130).
        double[] g = {Math.log(1.1), Math.log(125.0 / 110), Math.log(1.04), Math.log(150.0 / 130)};
        double mean = (g[0] + g[1] + g[2] + g[3]) / 4;
        double ss = 0;
        for (double x : g) {
            ss += (x - mean) * (x - mean);
        }
        double variance = ss / 3;
        assertEquals(Math.log(1.5) / 4, mean, 1e-12);

        var projection = GrowthForecast.project(150, GrowthForecast.fit(series, null), 2);
        for (int h = 1; h <= 2; h++) {
            double centre = Math.log(150) + h * mean;
            double se = Math.sqrt(variance * (h + h * h / 4.0));
            var p = projection.get(h - 1);
            assertEquals(Math.exp(centre), p.value(), 1e-6);
            assertEquals(Math.exp(centre - QT90_DF3 * se), p.lower80(), 1e-3);
            assertEquals(Math.exp(centre + QT90_DF3 * se), p.upper80(), 1e-3);
            assertEquals(Math.exp(centre - QT975_DF3 * se), p.lower95(), 1e-3);
            assertEquals(Math.exp(centre + QT975_DF3 * se), p.upper95(), 1e-3);
        }
        assertTrue(projection.get(1).upper95() - projection.get(1).lower95()
                > projection.get(0).upper95() - projection.get(0).lower95(), "intervals widen with each year");
    }

    @Test
    void aPooledGrowthIsShrunkTowardsThePeersAndTheSpreadModerated() {
        // Ten peers: growths c_j + (d, -d, d, -d), c_j = 0.05 + 0.01 (j - 4.5), d = 0.03.
        double d = 0.03;
        var peers = new ArrayList<double[]>();
        for (int j = 0; j < 10; j++) {
            double c = 0.05 + 0.01 * (j - 4.5);
            peers.add(series(100, List.of(c + d, c - d, c + d, c - d)));
        }
        var pool = GrowthForecast.pool(peers);
        // Each peer's variance of growth: four deviations of d squared over 3 degrees of freedom.
        double within = 4 * d * d / 3;
        // The variance of 0.05 + 0.01 (j - 4.5) over j = 0..9 is 0.01^2 x 110/12.
        double ofMeans = 0.0001 * 110 / 12;
        double between = ofMeans - within / 4;
        assertEquals(0.05, pool.meanGrowth(), 1e-12);
        assertEquals(within, pool.growthVariance(), 1e-12);
        assertEquals(between, pool.betweenVariance(), 1e-12);
        assertEquals(10, pool.series());

        // A steady series growing 20% a year: no spread of its own, far above the peers.
        double own = Math.log(1.2);
        var fit = GrowthForecast.fit(series(500, List.of(own, own, own, own)), pool);
        double weight = between / (between + within / 4);
        assertEquals(weight, fit.weightOnOwnGrowth(), 1e-12);
        assertEquals(weight * own + (1 - weight) * 0.05, fit.growth(), 1e-12);
        assertEquals(within / 2, fit.variance(), 1e-12);
        assertEquals(6, fit.degreesOfFreedom());
        assertEquals(10, fit.pooledWith());

        double latest = 500 * Math.pow(1.2, 4);
        var p = GrowthForecast.project(latest, fit, 1).get(0);
        double se = Math.sqrt(within / 2 * (1 + 1 / 4.0));
        double centre = Math.log(latest) + fit.growth();
        assertEquals(Math.exp(centre), p.value(), 1e-6);
        assertEquals(Math.exp(centre - QT90_DF6 * se), p.lower80(), 1e-3);
        assertEquals(Math.exp(centre + QT975_DF6 * se), p.upper95(), 1e-3);
    }

    @Test
    void fewerThanTenPeersAreNoPool() {
        var peers = new ArrayList<double[]>();
        for (int j = 0; j < 9; j++) {
            peers.add(new double[] {1, 2, 3, 4, 5});
        }
        assertNull(GrowthForecast.pool(peers));
    }

    @Test
    void shortOrNonPositiveSeriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GrowthForecast.fit(new double[] {1, 2, 3, 4}, null));
        assertThrows(IllegalArgumentException.class, () -> GrowthForecast.fit(new double[] {1, 2, 0, 4, 5}, null));
    }

    private static double[] series(double start, List<Double> logGrowths) {
        var out = new double[logGrowths.size() + 1];
        out[0] = start;
        for (int i = 0; i < logGrowths.size(); i++) {
            out[i + 1] = out[i] * Math.exp(logGrowths.get(i));
        }
        return out;
    }
}
