package org.sendhub.sufficiency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.forecast.ForecastDto.SeriesForecast;
import org.sendhub.forecast.Forecasts;
import org.sendhub.geography.Geography;
import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.indicator.catalogue.IndicatorUnit;
import org.sendhub.service.CommissionedService;
import org.sendhub.service.EhcpSetting;
import org.sendhub.service.PrimaryNeed;
import org.sendhub.service.ServiceStatus;
import org.sendhub.sufficiency.SufficiencyDto.NotForecast;
import org.sendhub.sufficiency.SufficiencyDto.Row;
import org.sendhub.sufficiency.SufficiencyDto.Scenario;
import org.sendhub.sufficiency.SufficiencyDto.ServiceCapacity;
import org.sendhub.sufficiency.SufficiencyDto.Sufficiency;
import org.sendhub.sufficiency.SufficiencyDto.Year;

/**
 * Forecast EHC plans by setting (and by primary need, where the figures allow a forecast)
 * against the capacity of the area's active and planned services that serve each, year by year.
 * A service counts in an academic year when its contract, where dated, runs on any day of it; a
 * service serving several settings counts its whole capacity in each.
 */
@ApplicationScoped
@Transactional
public class SufficiencyAnalysis {

    /** The series held against capacity: EHC plans by setting, and by primary need. */
    record Dimension(String name, String indicator, String breakdown, List<Enum<?>> codes,
            Function<Enum<?>, String> category, Function<CommissionedService, List<? extends Enum<?>>> served) {
    }

    static final Dimension SETTING = new Dimension("setting", "ehcp_plans", "setting",
            List.of(EhcpSetting.values()), code -> ((EhcpSetting) code).category(), s -> s.settings);
    static final Dimension NEED = new Dimension("need", "ehcp_primary_need", "primary_need",
            List.of(PrimaryNeed.values()), ApiEnums::apiName, s -> s.needs);

    @Inject
    EntityManager em;

    @Inject
    IndicatorRepository indicators;

    @Inject
    Geography geography;

    @Inject
    Forecasts forecasts;

    public Sufficiency analyse(String area, int horizon, Scenario scenario) {
        var place = geography.get(area);
        var services = em.createQuery("from CommissionedService where areaCode = :area and archived = false"
                + " and status <> :decommissioned order by name", CommissionedService.class)
                .setParameter("area", area).setParameter("decommissioned", ServiceStatus.DECOMMISSIONED)
                .getResultList();
        var rows = new ArrayList<Row>();
        var notForecast = new ArrayList<NotForecast>();
        for (var dimension : List.of(SETTING, NEED)) {
            var indicator = indicators.findById(dimension.indicator());
            Map<String, SeriesForecast> byCategory = Map.of();
            String missing = null;
            if (indicator == null || indicator.unit != IndicatorUnit.COUNT
                    || !indicator.breakdowns.contains(dimension.breakdown())) {
                missing = "SEND Hub holds no count of EHC plans by " + dimension.breakdown().replace('_', ' ')
                        + " (indicator " + dimension.indicator() + ") to forecast";
            } else {
                var forecast = forecasts.forecast(indicator, place, dimension.breakdown(), horizon);
                byCategory = new HashMap<>();
                for (var category : forecast.categories()) {
                    byCategory.put(category.category(), category);
                }
            }
            for (var code : dimension.codes()) {
                String label = dimension.category().apply(code);
                var series = byCategory.get(label);
                String codeName = ApiEnums.apiName(code);
                if (series == null || !series.forecastable()) {
                    notForecast.add(new NotForecast(dimension.name(), codeName, label, missing != null ? missing
                            : series == null ? "no figures are held for " + place.name() : series.reason()));
                    continue;
                }
                var serving = services.stream().filter(s -> dimension.served().apply(s).contains(code)).toList();
                rows.add(row(dimension, codeName, label, series, serving, scenario,
                        added(scenario, dimension, codeName)));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> !r.shortfall())
                .thenComparing((Row r) -> r.shortfall() ? r.largestGap().negate() : BigDecimal.ZERO));
        int withCapacity = (int) services.stream().filter(s -> s.capacity != null).count();
        return new Sufficiency(area, place.name(), horizon, Forecasts.METHOD, scenario, rows, notForecast,
                withCapacity);
    }

    private static int added(Scenario scenario, Dimension dimension, String code) {
        if (scenario == null || dimension != SETTING) {
            return 0;
        }
        return scenario.addedPlaces().stream().filter(a -> a.setting().equals(code))
                .mapToInt(SufficiencyDto.AddedPlaces::places).sum();
    }

    private static Row row(Dimension dimension, String code, String label, SeriesForecast series,
            List<CommissionedService> serving, Scenario scenario, int addedPlaces) {
        var years = new ArrayList<Year>();
        for (var p : series.points()) {
            var counted = serving.stream().filter(s -> s.capacity != null).filter(runsIn(p.period())).toList();
            Integer capacity = counted.isEmpty() ? null : counted.stream().mapToInt(s -> s.capacity).sum();
            BigDecimal gap = capacity == null ? null : p.value().subtract(BigDecimal.valueOf(capacity));
            BigDecimal scenarioDemand = null;
            Integer scenarioCapacity = null;
            BigDecimal scenarioGap = null;
            if (scenario != null) {
                var factor = BigDecimal.ONE.add(scenario.growthChange().movePointLeft(2)).pow(p.yearsAhead(),
                        MathContext.DECIMAL64);
                scenarioDemand = p.value().multiply(factor).setScale(1, RoundingMode.HALF_UP);
                scenarioCapacity = capacity == null && addedPlaces == 0 ? null
                        : (capacity == null ? 0 : capacity) + addedPlaces;
                scenarioGap = scenarioCapacity == null ? null
                        : scenarioDemand.subtract(BigDecimal.valueOf(scenarioCapacity));
            }
            years.add(new Year(p.period(), p.value(), p.lower80(), p.upper80(), p.lower95(), p.upper95(), capacity,
                    gap, scenarioDemand, scenarioCapacity, scenarioGap));
        }
        var shortfalls = years.stream().filter(y -> y.gap() != null && y.gap().signum() > 0).toList();
        BigDecimal largest = years.stream().map(Year::gap).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        var services = serving.stream().map(s -> new ServiceCapacity(s.id, s.name, ApiEnums.apiName(s.status),
                s.capacity, s.capacityUnit == null ? null : ApiEnums.apiName(s.capacityUnit))).toList();
        return new Row(dimension.name(), code, label, dimension.indicator(), dimension.breakdown(), label,
                !shortfalls.isEmpty(),
                shortfalls.isEmpty() ? null : shortfalls.get(0).period(), largest, services, series.history(), years);
    }

    /** Whether a service's contract, where dated, runs on any day of the academic year (1 September to 31 August). */
    private static Predicate<CommissionedService> runsIn(String period) {
        var start = LocalDate.of(Integer.parseInt(period.substring(0, 4)), 9, 1);
        var end = start.plusYears(1).minusDays(1);
        return s -> (s.contractStart == null || !s.contractStart.isAfter(end))
                && (s.contractEnd == null || !s.contractEnd.isBefore(start));
    }
}
