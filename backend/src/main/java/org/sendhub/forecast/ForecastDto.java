package org.sendhub.forecast;

import java.math.BigDecimal;
import java.util.List;

/** A forecast as the API answers it. */
public final class ForecastDto {

    private ForecastDto() {
    }

    /** How the figures were made, named in the answer so that a reader can check them. */
    public record Method(String code, String name, String description) {
    }

    /** A figure of a year, held or worked out. */
    public record YearValue(String period, BigDecimal value) {
    }

    /** One year ahead: the central forecast and its 80% and 95% prediction intervals. */
    public record Point(String period, int yearsAhead, BigDecimal value, BigDecimal lower80, BigDecimal upper80,
            BigDecimal lower95, BigDecimal upper95) {
    }

    /** The growth a series' forecast carries on: its own, and the pooled one it was shrunk towards. */
    public record Fit(int years, BigDecimal growthPercent, BigDecimal ownGrowthPercent, BigDecimal weightOnOwnGrowth,
            Integer pooledWith) {
    }

    /** A series' forecast, or the reason it has none ({@code forecastable} false, no points). */
    public record SeriesForecast(String category, boolean forecastable, String reason, List<YearValue> history,
            List<Point> points, Fit fit) {
    }

    /** How the categories of a breakdown were made to add up to the total's forecast. */
    public record Reconciliation(String method, boolean reconciled, String detail, BigDecimal shareOfTotal,
            List<YearValue> remainder) {
    }

    public record Forecast(String placeCode, String placeName, String indicatorCode, String indicatorName,
            String breakdown, int horizon, Method method, SeriesForecast total, List<SeriesForecast> categories,
            Reconciliation reconciliation) {
    }
}
