import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.sendhub.forecast.GrowthForecast;

/**
 * make bench-forecast: the forecast method backtested on DfE's real EHC plans, as the demo loads
 * them (backend/src/main/resources/demo/ees/caseload.csv.gz). For every local authority with the
 * full series, the last two years are held out and forecast from the years before; printed side
 * by side: the mean absolute percentage error of SEND Hub's method (GrowthForecast, pooled over
 * the same training years of every authority), of the log-linear trend it started from, of a
 * straight-line trend and of a naive forecast (the last value); and the share of held-out values
 * inside each method's 80% and 95% prediction intervals. No database, no server.
 */
public class ForecastBacktest {

    static final Path RELEASE = Path.of("backend/src/main/resources/demo/ees/caseload.csv.gz");
    static final int HELD_OUT = 2;

    /** One method's forecast h years after the training series, with its intervals where it has any. */
    record Point(double value, double lower80, double upper80, double lower95, double upper95) {
        static Point only(double value) {
            return new Point(value, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
    }

    interface Method {
        Point forecast(String place, double[] training, int yearsAhead);
    }

    static final class Score {
        final List<Double> errors = new ArrayList<>();
        int inside80;
        int inside95;
        int withIntervals;

        void add(Point p, double actual) {
            errors.add(Math.abs(p.value() - actual) / actual);
            if (!Double.isNaN(p.lower95())) {
                withIntervals++;
                inside80 += p.lower80() <= actual && actual <= p.upper80() ? 1 : 0;
                inside95 += p.lower95() <= actual && actual <= p.upper95() ? 1 : 0;
            }
        }

        double mape(int from, int step) {
            double sum = 0;
            int n = 0;
            for (int i = from; i < errors.size(); i += step) {
                sum += errors.get(i);
                n++;
            }
            return 100 * sum / n;
        }
    }

    public static void main(String[] args) throws IOException {
        var series = fullSeries();
        int years = series.values().iterator().next().length;
        int trainingYears = years - HELD_OUT;
        var training = new LinkedHashMap<String, double[]>();
        series.forEach((place, values) -> training.put(place, java.util.Arrays.copyOf(values, trainingYears)));
        var pool = GrowthForecast.pool(training.values());

        var methods = new LinkedHashMap<String, Method>();
        methods.put("SEND Hub: log growth pooled across authorities", (place, y, h) -> {
            var p = GrowthForecast.project(y[y.length - 1], GrowthForecast.fit(y, pool), h).get(h - 1);
            return new Point(p.value(), p.lower80(), p.upper80(), p.lower95(), p.upper95());
        });
        methods.put("Log growth, each authority alone (no pool)", (place, y, h) -> {
            var p = GrowthForecast.project(y[y.length - 1], GrowthForecast.fit(y, null), h).get(h - 1);
            return new Point(p.value(), p.lower80(), p.upper80(), p.lower95(), p.upper95());
        });
        methods.put("Log-linear trend (least squares on logs)", ForecastBacktest::logLinear);
        methods.put("Straight-line trend", (place, y, h) -> {
            var fit = regression(y, false);
            return Point.only(fit.predict(y.length - 1 + h));
        });
        methods.put("Naive (last value)", (place, y, h) -> Point.only(y[y.length - 1]));

        System.out.printf(Locale.UK, "Backtest: DfE EHC plans, %d local authorities with all %d years; the last %d"
                + " held out, forecast from the %d before (%d forecasts per method).%n%n", series.size(), years,
                HELD_OUT, trainingYears, series.size() * HELD_OUT);
        System.out.printf(Locale.UK, "%-48s %8s %8s %8s %10s %10s%n", "method", "MAPE", "1 year", "2 years",
                "in 80% PI", "in 95% PI");
        for (var method : methods.entrySet()) {
            var score = new Score();
            series.forEach((place, values) -> {
                double[] y = training.get(place);
                for (int h = 1; h <= HELD_OUT; h++) {
                    score.add(method.getValue().forecast(place, y, h), values[trainingYears - 1 + h]);
                }
            });
            System.out.printf(Locale.UK, "%-48s %7.2f%% %7.2f%% %7.2f%% %10s %10s%n", method.getKey(),
                    score.mape(0, 1), score.mape(0, HELD_OUT), score.mape(1, HELD_OUT),
                    share(score.inside80, score.withIntervals), share(score.inside95, score.withIntervals));
        }
        System.out.printf(Locale.UK, "%nTargets: the method's MAPE below the naive and straight-line forecasts';"
                + " 95%% interval coverage between 90%% and 98%%.%n");
    }

    /** R's predict(lm(log(y) ~ t), interval = "prediction"), back on the count scale. */
    static Point logLinear(String place, double[] y, int h) {
        var fit = regression(y, true);
        int n = y.length;
        double x0 = n - 1 + h;
        double meanX = (n - 1) / 2.0;
        double se = Math.sqrt(fit.getMeanSquareError() * (1 + 1.0 / n + (x0 - meanX) * (x0 - meanX)
                / fit.getXSumSquares()));
        var t = new TDistribution(n - 2);
        double q80 = t.inverseCumulativeProbability(0.9);
        double q95 = t.inverseCumulativeProbability(0.975);
        double centre = fit.predict(x0);
        return new Point(Math.exp(centre), Math.exp(centre - q80 * se), Math.exp(centre + q80 * se),
                Math.exp(centre - q95 * se), Math.exp(centre + q95 * se));
    }

    static SimpleRegression regression(double[] y, boolean onLogs) {
        var fit = new SimpleRegression();
        for (int i = 0; i < y.length; i++) {
            fit.addData(i, onLogs ? Math.log(y[i]) : y[i]);
        }
        return fit;
    }

    static String share(int inside, int of) {
        return of == 0 ? "-" : String.format(Locale.UK, "%.1f%%", 100.0 * inside / of);
    }

    /** Each local authority's EHC plans, all years, oldest first: only those with every year, none withheld. */
    static Map<String, double[]> fullSeries() throws IOException {
        var byPlace = new TreeMap<String, TreeMap<String, String>>();
        var periods = new TreeSet<String>();
        try (var reader = new InputStreamReader(new GZIPInputStream(Files.newInputStream(RELEASE)),
                StandardCharsets.UTF_8)) {
            var csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            for (var row : csv) {
                periods.add(row.get(0));
                if (row.get("geographic_level").equals("Local authority")
                        && row.get("breakdown_topic").equals("All EHC plans")) {
                    byPlace.computeIfAbsent(row.get("new_la_code"), k -> new TreeMap<>()).put(row.get(0),
                            row.get("ehcplans"));
                }
            }
        }
        var out = new LinkedHashMap<String, double[]>();
        byPlace.forEach((place, values) -> {
            if (values.keySet().equals(periods) && values.values().stream().allMatch(v -> v.matches("[1-9][0-9]*"))) {
                out.put(place, values.values().stream().mapToDouble(Double::parseDouble).toArray());
            }
        });
        return out;
    }
}
