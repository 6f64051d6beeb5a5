package org.sendhub.sufficiency;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.sendhub.forecast.ForecastDto.Method;
import org.sendhub.forecast.ForecastDto.YearValue;

/** Sufficiency as the API answers it: forecast demand against commissioned capacity, year by year. */
public final class SufficiencyDto {

    private SufficiencyDto() {
    }

    /** Places added to one setting from the first forecast year. */
    public record AddedPlaces(String setting, int places) {
    }

    /** What-if: demand growing faster or slower than forecast, and places added. */
    public record Scenario(BigDecimal growthChange, List<AddedPlaces> addedPlaces) {
    }

    /**
     * One year: forecast demand with its intervals, the capacity serving it, and the gap (demand
     * less capacity: above zero, a shortfall); the scenario's beside them when one is asked for.
     */
    public record Year(String period, BigDecimal demand, BigDecimal lower80, BigDecimal upper80, BigDecimal lower95,
            BigDecimal upper95, Integer capacity, BigDecimal gap, BigDecimal scenarioDemand, Integer scenarioCapacity,
            BigDecimal scenarioGap) {
    }

    /** A service whose capacity counts for a setting or need. */
    public record ServiceCapacity(UUID id, String name, String status, Integer capacity, String capacityUnit) {
    }

    /**
     * One setting or need with a forecast: the series it comes from (indicator, breakdown and
     * category, as the forecast API names them), its years, the services serving it, and its worst gap.
     */
    public record Row(String dimension, String code, String label, String indicatorCode, String breakdown,
            String category, boolean shortfall, String firstShortfallPeriod,
            BigDecimal largestGap, List<ServiceCapacity> services, List<YearValue> history, List<Year> years) {
    }

    /** A setting or need without a forecast, and why. */
    public record NotForecast(String dimension, String code, String label, String reason) {
    }

    public record Sufficiency(String areaCode, String areaName, int horizon, Method method, Scenario scenario,
            List<Row> rows, List<NotForecast> notForecast, int servicesWithCapacity) {
    }
}
