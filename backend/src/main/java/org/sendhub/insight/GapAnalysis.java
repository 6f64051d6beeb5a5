package org.sendhub.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.forecast.ForecastResource;
import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.indicator.values.IndicatorTrends;
import org.sendhub.service.CommissionedService;
import org.sendhub.service.PrimaryNeed;
import org.sendhub.service.ServiceStatus;
import org.sendhub.sufficiency.SufficiencyAnalysis;
import org.sendhub.sufficiency.SufficiencyDto;

/**
 * Need against provision, by primary need: how common each need is and how fast it grows (from
 * the indicators), against the services that serve it (how many, which tiers, what they cost).
 * Fast-growing needs with thin provision rank first; each row carries the figures behind its rank.
 */
@ApplicationScoped
@Transactional
public class GapAnalysis {

    static final String BREAKDOWN = "primary_need";

    public record NeedGap(int rank, String need, String prevalenceIndicator, IndicatorTrends.Point prevalence,
            String growthIndicator, String growthPeriod, BigDecimal growthPercent, long services, List<String> tiers,
            BigDecimal totalAnnualValue, long servicesWithoutValue, double score, String reason) {
    }

    /** A setting or need whose forecast demand exceeds the capacity serving it, at its worst year. */
    public record ForecastGap(String dimension, String code, String label, String firstShortfallPeriod,
            String period, BigDecimal demand, Integer capacity, BigDecimal gap) {
    }

    public record Result(String areaCode, String prevalenceIndicator, String growthIndicator, List<NeedGap> needs,
            String note, List<ForecastGap> forecastGaps) {
    }

    @Inject
    EntityManager em;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorTrends trends;

    @Inject
    SufficiencyAnalysis sufficiency;

    public Result analyse(String area, String prevalenceCode, String growthCode) {
        var byNeed = indicators.list("archived = false order by code").stream()
                .filter(i -> i.breakdowns.contains(BREAKDOWN)).toList();
        Indicator prevalence = choose(byNeed, prevalenceCode, area, false);
        Indicator growth = choose(byNeed, growthCode, area, true);
        var services = em.createQuery("from CommissionedService where areaCode = :area and archived = false",
                CommissionedService.class).setParameter("area", area).getResultList().stream()
                .filter(s -> s.status != ServiceStatus.DECOMMISSIONED).toList();

        var rows = new ArrayList<NeedGap>();
        for (PrimaryNeed need : PrimaryNeed.values()) {
            String code = ApiEnums.apiName(need);
            IndicatorTrends.Point latest = null;
            BigDecimal growthPercent = null;
            String growthPeriod = null;
            if (prevalence != null) {
                var series = trends.series(prevalence.code, area, BREAKDOWN, code, null, null);
                latest = series.isEmpty() ? null : series.get(series.size() - 1);
                if (growth == null && series.size() >= 2) {
                    var change = IndicatorTrends.change(series.get(0), latest);
                    growthPercent = change.percent();
                    growthPeriod = change.fromPeriod() + "-" + change.toPeriod();
                }
            }
            if (growth != null) {
                var series = trends.series(growth.code, area, BREAKDOWN, code, null, null);
                if (!series.isEmpty()) {
                    var last = series.get(series.size() - 1);
                    growthPercent = last.value();
                    growthPeriod = last.period();
                }
            }
            var serving = services.stream().filter(s -> s.needs.contains(need)).toList();
            var tiers = new TreeSet<String>();
            serving.forEach(s -> tiers.add(ApiEnums.apiName(s.tier)));
            BigDecimal value = serving.stream().map(s -> s.annualValue).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long withoutValue = serving.stream().filter(s -> s.annualValue == null).count();
            // Growth per service that serves the need: the more growth each service has to absorb,
            // the thinner the provision.
            double score = growthPercent == null ? 0 : growthPercent.doubleValue() / (1 + serving.size());
            rows.add(new NeedGap(0, code, prevalence == null ? null : prevalence.code, latest,
                    growthPercent == null ? null : (growth != null ? growth.code : prevalence.code), growthPeriod,
                    growthPercent, serving.size(), List.copyOf(tiers), value, withoutValue, round(score), null));
        }
        rows.sort(Comparator.comparingDouble(NeedGap::score).reversed()
                .thenComparing(r -> r.prevalence() == null ? BigDecimal.valueOf(-1) : r.prevalence().value(),
                        Comparator.reverseOrder())
                .thenComparing(NeedGap::need));
        var ranked = new ArrayList<NeedGap>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            ranked.add(new NeedGap(i + 1, r.need(), r.prevalenceIndicator(), r.prevalence(), r.growthIndicator(),
                    r.growthPeriod(), r.growthPercent(), r.services(), r.tiers(), r.totalAnnualValue(),
                    r.servicesWithoutValue(), r.score(), reason(r, prevalence)));
        }
        String note = prevalence == null && growth == null
                ? "No indicator with a primary_need breakdown has values for this area yet: needs are ranked by"
                        + " provision alone. Import prevalence or growth figures by primary need to rank by need."
                : null;
        return new Result(area, prevalence == null ? null : prevalence.code, growth == null ? null : growth.code,
                ranked, note, forecastGaps(area));
    }

    /** The sufficiency's shortfalls over the next five years, each at its largest. */
    private List<ForecastGap> forecastGaps(String area) {
        return sufficiency.analyse(area, ForecastResource.MAX_HORIZON, null).rows().stream()
                .filter(SufficiencyDto.Row::shortfall).map(row -> {
                    var worst = row.years().stream().filter(y -> y.gap() != null)
                            .max(Comparator.comparing(SufficiencyDto.Year::gap)).orElseThrow();
                    return new ForecastGap(row.dimension(), row.code(), row.label(), row.firstShortfallPeriod(),
                            worst.period(), worst.demand(), worst.capacity(), worst.gap());
                }).toList();
    }

    /** The named indicator, or the first by code with values here (growth ones hold growth figures). */
    private Indicator choose(List<Indicator> byNeed, String code, String area, boolean growth) {
        if (code != null && !code.isBlank()) {
            return byNeed.stream().filter(i -> i.code.equals(code)).findFirst().orElseThrow(() ->
                    ProblemException.badParameter(growth ? "growth" : "prevalence",
                            "must be an indicator with a primary_need breakdown"));
        }
        return byNeed.stream().filter(i -> i.code.contains("growth") == growth)
                .filter(i -> hasValues(i.code, area)).findFirst().orElse(null);
    }

    private boolean hasValues(String indicator, String area) {
        return !em.createNativeQuery("SELECT 1 FROM indicator_value WHERE indicator_code = :i AND area_code = :a"
                + " AND breakdown = :b LIMIT 1").setParameter("i", indicator).setParameter("a", area)
                .setParameter("b", BREAKDOWN).getResultList().isEmpty();
    }

    private static String reason(NeedGap r, Indicator prevalence) {
        String provision = r.services() == 0 ? "no service serves it"
                : r.services() + (r.services() == 1 ? " service" : " services") + " (" + String.join(", ", r.tiers())
                        + ")" + (r.totalAnnualValue().signum() > 0 ? ", GBP " + String.format(Locale.UK, "%,.0f",
                                r.totalAnnualValue()) + " a year" : "");
        String need = r.growthPercent() == null ? "growth unknown"
                : "grew " + r.growthPercent().stripTrailingZeros().toPlainString() + "% (" + r.growthPeriod() + ")";
        String unit = prevalence != null && prevalence.unit == org.sendhub.indicator.catalogue.IndicatorUnit.PERCENT ? "%" : "";
        String share = r.prevalence() == null ? ""
                : "; " + r.prevalence().value().stripTrailingZeros().toPlainString() + unit + " ("
                        + r.prevalence().period() + ")";
        return need + share + "; " + provision;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
