package org.sendhub.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sendhub.forecast.ForecastDto.Fit;
import org.sendhub.forecast.ForecastDto.Forecast;
import org.sendhub.forecast.ForecastDto.Method;
import org.sendhub.forecast.ForecastDto.Point;
import org.sendhub.forecast.ForecastDto.Reconciliation;
import org.sendhub.forecast.ForecastDto.SeriesForecast;
import org.sendhub.forecast.ForecastDto.YearValue;
import org.sendhub.geography.GeographyDto.PlaceView;
import org.sendhub.geography.PlaceLevel;
import org.sendhub.indicator.benchmark.BenchmarkReader;
import org.sendhub.indicator.benchmark.FigureRow;
import org.sendhub.indicator.benchmark.SeriesKey;
import org.sendhub.indicator.catalogue.Indicator;

/**
 * Forecasts of a place's yearly counts ({@link GrowthForecast}), in total or by a breakdown whose
 * categories are reconciled to the total: each category's own forecast is scaled, year by year,
 * so that together they make the share of the total forecast that they made of the total in the
 * latest year; the rest of the total (categories that cannot be forecast, figures in none) is the
 * remainder. The growth of a local authority's published series is pooled with every local
 * authority's over the same years; a local indicator's is never pooled, so that no one's figures
 * shape a forecast for someone who may not read them.
 */
@ApplicationScoped
public class Forecasts {

    public static final Method METHOD = new Method("pooled_log_growth",
            "Log growth pooled across local authorities",
            "The yearly growth of the figures on a log scale is carried on from the latest year (a random walk"
                    + " with drift on the log scale). A local authority's growth is shrunk towards the mean growth"
                    + " of all local authorities over the same years (empirical Bayes), and its year-to-year"
                    + " variation is averaged with theirs; a region, England or a local indicator uses its own"
                    + " growth alone. Prediction intervals (80% and 95%) come from that variation with Student t"
                    + " quantiles and widen with each year ahead. Needs at least 5 consecutive years, none"
                    + " withheld, all above zero. Backtested on every local authority's EHC plans: README"
                    + " \"Forecasts\".");

    public static final String PROPORTIONAL = "proportional";

    @Inject
    BenchmarkReader reader;

    @Inject
    EntityManager em;

    public Forecast forecast(Indicator indicator, PlaceView place, String breakdown, int horizon) {
        var seriesByKey = reader.seriesOf(place.code(), List.of(indicator.code));
        var totalKey = new SeriesKey(indicator.code, SeriesKey.TOTAL, SeriesKey.TOTAL);
        var context = new PlaceContext(ended(place), began(place), place.level() == PlaceLevel.LOCAL_AUTHORITY
                && indicator.published);
        var total = forecastOne(totalKey, seriesByKey.getOrDefault(totalKey, List.of()), context,
                context.pooled() ? peers(indicator.code, SeriesKey.TOTAL) : Map.of(), horizon);
        if (SeriesKey.TOTAL.equals(breakdown)) {
            return new Forecast(place.code(), place.name(), indicator.code, indicator.name, breakdown, horizon, METHOD,
                    total.view(), List.of(), null);
        }
        var peers = context.pooled() ? peers(indicator.code, breakdown) : Map.<String, Map<String, List<FigureRow>>>of();
        var own = new ArrayList<Forecasted>();
        seriesByKey.forEach((key, rows) -> {
            if (key.breakdown().equals(breakdown)) {
                own.add(forecastOne(key, rows, context, peers, horizon));
            }
        });
        return reconcile(indicator, place, breakdown, horizon, total, own);
    }

    /** What about the place bears on every one of its series. */
    private record PlaceContext(String ended, String began, boolean pooled) {
    }

    /** A series' forecast, with its unrounded projection for reconciling. */
    private record Forecasted(SeriesForecast view, YearlySeries series, List<GrowthForecast.Projection> projection) {
    }

    private Forecasted forecastOne(SeriesKey key, List<FigureRow> rows, PlaceContext context,
            Map<String, Map<String, List<FigureRow>>> peers, int horizon) {
        var history = rows.stream().filter(r -> r.value() != null)
                .map(r -> new YearValue(r.period(), r.value())).toList();
        var series = YearlySeries.of(figures(rows), context.ended(), context.began());
        if (!series.forecastable()) {
            return new Forecasted(new SeriesForecast(key.category(), false, series.reason(), history, List.of(), null),
                    series, List.of());
        }
        var pool = GrowthForecast.pool(peerSeries(peers.getOrDefault(key.category(), Map.of()), series.periods()));
        var fit = GrowthForecast.fit(series.values(), pool);
        var projection = GrowthForecast.project(series.latest(), fit, horizon);
        var view = new SeriesForecast(key.category(), true, null, history, points(series, projection, null),
                new Fit(fit.growths() + 1, percent(fit.growth()), percent(fit.ownGrowth()),
                        round(fit.weightOnOwnGrowth(), 3), fit.pooledWith()));
        return new Forecasted(view, series, projection);
    }

    /**
     * Scales the categories that could be forecast so that they add up, year by year, to their
     * latest share of the total forecast; what is left of the total is the remainder.
     */
    private static Forecast reconcile(Indicator indicator, PlaceView place, String breakdown, int horizon,
            Forecasted total, List<Forecasted> own) {
        var forecastable = own.stream().filter(f -> f.view().forecastable()).toList();
        String refusal = null;
        if (!total.view().forecastable()) {
            refusal = "The total cannot be forecast, so the categories are not scaled to it.";
        } else if (forecastable.isEmpty()) {
            refusal = "No category can be forecast.";
        } else if (forecastable.stream().anyMatch(f -> !f.series().latestPeriod().equals(total.series().latestPeriod()))) {
            refusal = "The categories' latest year is not the total's, so they are not scaled to it.";
        }
        if (refusal != null) {
            return new Forecast(place.code(), place.name(), indicator.code, indicator.name, breakdown, horizon,
                    METHOD, total.view(), own.stream().map(Forecasted::view).toList(),
                    new Reconciliation(PROPORTIONAL, false, refusal, null, List.of()));
        }
        double share = forecastable.stream().mapToDouble(f -> f.series().latest()).sum() / total.series().latest();
        var factors = new double[horizon];
        var remainder = new ArrayList<YearValue>();
        for (int h = 0; h < horizon; h++) {
            int year = h;
            double sum = forecastable.stream().mapToDouble(f -> f.projection().get(year).value()).sum();
            double totalValue = total.projection().get(h).value();
            factors[h] = totalValue * share / sum;
            remainder.add(new YearValue(YearlySeries.after(total.series().latestPeriod(), h + 1),
                    round(totalValue * (1 - share), 1)));
        }
        var categories = own.stream().map(f -> f.view().forecastable() ? new SeriesForecast(f.view().category(), true,
                null, f.view().history(), points(f.series(), f.projection(), factors), f.view().fit()) : f.view())
                .toList();
        var notForecast = own.stream().filter(f -> !f.view().forecastable()).map(f -> f.view().category()).toList();
        String detail = "Each category's own forecast is scaled, year by year, so that the categories add up to "
                + round(share * 100, 1).toPlainString() + "% of the total's forecast: their share of the total in "
                + total.series().latestPeriod() + "."
                + (share < 1 ? " The rest of the total is the remainder"
                        + (notForecast.isEmpty() ? " (figures in no category)."
                                : " (" + String.join(", ", notForecast)
                                        + ", which cannot be forecast, and figures in no category).")
                        : "");
        return new Forecast(place.code(), place.name(), indicator.code, indicator.name, breakdown, horizon, METHOD,
                total.view(), categories, new Reconciliation(PROPORTIONAL, true, detail, round(share, 4), remainder));
    }

    private static List<Point> points(YearlySeries series, List<GrowthForecast.Projection> projection,
            double[] factors) {
        return projection.stream().map(p -> {
            double f = factors == null ? 1 : factors[p.yearsAhead() - 1];
            return new Point(YearlySeries.after(series.latestPeriod(), p.yearsAhead()), p.yearsAhead(),
                    round(p.value() * f, 1), round(p.lower80() * f, 1), round(p.upper80() * f, 1),
                    round(p.lower95() * f, 1), round(p.upper95() * f, 1));
        }).toList();
    }

    /** Every local authority's series of the breakdown, by category and place. */
    private Map<String, Map<String, List<FigureRow>>> peers(String indicator, String breakdown) {
        var out = new LinkedHashMap<String, Map<String, List<FigureRow>>>();
        for (var row : reader.localAuthorityFigures(indicator, breakdown)) {
            out.computeIfAbsent(row.category(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(row.areaCode(), a -> new ArrayList<>()).add(row);
        }
        return out;
    }

    /** The peers' series over exactly the given years, each forecastable on its own. */
    private static List<double[]> peerSeries(Map<String, List<FigureRow>> byPlace, List<String> periods) {
        return byPlace.values().stream().map(rows -> YearlySeries.of(figures(rows), null, null))
                .filter(s -> s.forecastable() && s.periods().equals(periods)).map(YearlySeries::values).toList();
    }

    private static List<YearlySeries.Figure> figures(List<FigureRow> rows) {
        return rows.stream().map(r -> new YearlySeries.Figure(r.period(), r.periodStart(), r.value(), r.suppression()))
                .toList();
    }

    private static String ended(PlaceView place) {
        return place.ended() ? place.name() + " ended in " + place.lastPeriod()
                + ", when the authorities were reorganised; its figures stop there and a forecast would be of a"
                + " place that no longer exists" : null;
    }

    private String began(PlaceView place) {
        String earliest = em.createQuery("select min(p.firstPeriod) from Place p", String.class).getSingleResult();
        return place.firstPeriod() != null && earliest != null && place.firstPeriod().compareTo(earliest) > 0
                ? place.name() + " began in " + place.firstPeriod() + ", when the authorities were reorganised"
                : null;
    }

    /** A growth on the log scale as a percentage a year. */
    private static BigDecimal percent(double logGrowth) {
        return round(Math.expm1(logGrowth) * 100, 1);
    }

    static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }
}
