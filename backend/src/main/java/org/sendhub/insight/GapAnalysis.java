package org.sendhub.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.sendhub.indicator.catalogue.IndicatorUnit;
import org.sendhub.indicator.values.IndicatorTrends;
import org.sendhub.service.CommissionedService;
import org.sendhub.service.PrimaryNeed;
import org.sendhub.service.ServiceStatus;
import org.sendhub.sufficiency.SufficiencyAnalysis;
import org.sendhub.sufficiency.SufficiencyDto;

/**
 * Need against provision, by primary need: how common each need is and how fast it grows (from
 * the indicators), against the services that serve it (how many, which tiers, what they cost).
 * The ranking follows the rule the answer states ({@link #RULE_GROWTH} and the sentences after
 * it), and each row says its figures, with units, in words.
 */
@ApplicationScoped
@Transactional
public class GapAnalysis {

    static final String BREAKDOWN = "primary_need";

    /** Which figure a need was ranked by: the three groups, in the order they are ranked. */
    public enum RankedBy {
        growth, prevalence, services
    }

    public record NeedGap(int rank, String need, String prevalenceIndicator, IndicatorTrends.Point prevalence,
            String growthIndicator, String growthPeriod, BigDecimal growthPercent, long services, List<String> tiers,
            BigDecimal totalAnnualValue, long servicesWithoutValue, RankedBy rankedBy, double score, String reason) {
    }

    /** A setting or need whose forecast demand exceeds the capacity serving it, at its worst year. */
    public record ForecastGap(String dimension, String code, String label, String firstShortfallPeriod,
            String period, BigDecimal demand, Integer capacity, BigDecimal gap) {
    }

    /** An indicator the analysis read, with what a reader should know before trusting it. */
    public record Source(String indicator, String name, String unit, String source, String definition,
            List<String> caveats) {
    }

    public record Result(String areaCode, String prevalenceIndicator, String growthIndicator, String rule,
            List<NeedGap> needs, String note, List<Source> sources, List<ForecastGap> forecastGaps) {
    }

    static final String RULE_GROWTH = "Needs with a growth figure come first, the highest growth per service first:"
            + " the growth in % divided by one more than the number of live services that serve the need.";
    static final String RULE_PREVALENCE = "Needs without a growth figure come next, the most common per service"
            + " first: the latest figure divided by one more than the number of live services that serve the need.";
    static final String RULE_SERVICES = "Needs with neither figure come last, those with the fewest live services"
            + " first.";

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
                    growthPeriod = change.fromPeriod() + " to " + change.toPeriod();
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
            // The more growth (or need) each service has to absorb, the thinner the provision.
            RankedBy by = growthPercent != null ? RankedBy.growth
                    : latest != null ? RankedBy.prevalence : RankedBy.services;
            double score = switch (by) {
                case growth -> growthPercent.doubleValue() / (1 + serving.size());
                case prevalence -> latest.value().doubleValue() / (1 + serving.size());
                case services -> serving.size();
            };
            rows.add(new NeedGap(0, code, prevalence == null ? null : prevalence.code, latest,
                    growthPercent == null ? null : (growth != null ? growth.code : prevalence.code), growthPeriod,
                    growthPercent, serving.size(), List.copyOf(tiers), value, withoutValue, by, round(score), null));
        }
        // The stated rule, and nothing else: group, then the group's figure (fewest services for the
        // last group), then the need's code so that the order never depends on the database's.
        rows.sort(Comparator.comparing(NeedGap::rankedBy)
                .thenComparing(r -> r.rankedBy() == RankedBy.services ? r.score() : -r.score())
                .thenComparing(NeedGap::need));
        var ranked = new ArrayList<NeedGap>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            ranked.add(new NeedGap(i + 1, r.need(), r.prevalenceIndicator(), r.prevalence(), r.growthIndicator(),
                    r.growthPeriod(), r.growthPercent(), r.services(), r.tiers(), r.totalAnnualValue(),
                    r.servicesWithoutValue(), r.rankedBy(), r.score(), reason(r, prevalence, growth)));
        }
        String note = prevalence == null && growth == null
                ? "No indicator with a breakdown by primary need has figures for this area yet, so needs are ranked"
                        + " by provision alone. Import figures by primary need (how common each need is, or how"
                        + " fast it grows) to rank by need."
                : null;
        return new Result(area, prevalence == null ? null : prevalence.code, growth == null ? null : growth.code,
                rule(ranked), ranked, note, sources(area, prevalence, growth, ranked),
                forecastGaps(area));
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

    /** The sentences of the rule for the groups this ranking has, in its order. */
    private static String rule(List<NeedGap> ranked) {
        var sentences = new ArrayList<String>();
        if (ranked.stream().anyMatch(r -> r.rankedBy() == RankedBy.growth)) {
            sentences.add(RULE_GROWTH);
        }
        if (ranked.stream().anyMatch(r -> r.rankedBy() == RankedBy.prevalence)) {
            sentences.add(sentences.isEmpty() ? RULE_PREVALENCE.replace("Needs without a growth figure come next,",
                    "No need has a growth figure, so needs are ranked") : RULE_PREVALENCE);
        }
        if (ranked.stream().anyMatch(r -> r.rankedBy() == RankedBy.services)) {
            sentences.add(sentences.isEmpty() ? "No need has a figure, so needs are ranked by live services alone,"
                    + " the fewest first." : RULE_SERVICES);
        }
        sentences.add("Equal figures are listed by need.");
        return String.join(" ", sentences);
    }

    /** The named indicator, or the first with figures here (a percentage before a count; growth ones hold growth). */
    private Indicator choose(List<Indicator> byNeed, String code, String area, boolean growth) {
        if (code != null && !code.isBlank()) {
            return byNeed.stream().filter(i -> i.code.equals(code)).findFirst().orElseThrow(() ->
                    ProblemException.badParameter(growth ? "growth" : "prevalence",
                            "must be an indicator with a primary_need breakdown"));
        }
        return byNeed.stream().filter(i -> i.code.contains("growth") == growth)
                .sorted(Comparator.comparing((Indicator i) -> i.unit != IndicatorUnit.PERCENT))
                .filter(i -> hasValues(i.code, area)).findFirst().orElse(null);
    }

    private boolean hasValues(String indicator, String area) {
        return !em.createNativeQuery("SELECT 1 FROM indicator_value WHERE indicator_code = :i AND area_code = :a"
                + " AND breakdown = :b LIMIT 1").setParameter("i", indicator).setParameter("a", area)
                .setParameter("b", BREAKDOWN).getResultList().isEmpty();
    }

    private List<Source> sources(String area, Indicator prevalence, Indicator growth, List<NeedGap> ranked) {
        var out = new ArrayList<Source>();
        if (prevalence != null) {
            var caveats = new ArrayList<>(notes(prevalence.code, area));
            if (prevalence.unit == IndicatorUnit.COUNT) {
                caveats.add("A count grows with the number of children: a large need has more plans without being"
                        + " more common. Compare shares where you can.");
            }
            if (growth == null && ranked.stream().anyMatch(r -> r.growthPercent() != null)) {
                caveats.add("Growth is the change from the first figure here to the latest, over the years shown on"
                        + " each need, not a yearly rate.");
            }
            if (growth == null && ranked.stream().allMatch(r -> r.growthPercent() == null)) {
                caveats.add("Only one year of figures: growth cannot be worked out from it.");
            }
            out.add(source(prevalence, caveats));
        }
        if (growth != null) {
            out.add(source(growth, notes(growth.code, area)));
        }
        return out;
    }

    private static Source source(Indicator indicator, List<String> caveats) {
        return new Source(indicator.code, indicator.name, ApiEnums.apiName(indicator.unit), indicator.source,
                indicator.definition, caveats);
    }

    /** The notes the source attached to the area's figures by need, each once. */
    private List<String> notes(String indicator, String area) {
        @SuppressWarnings("unchecked")
        List<String> notes = em.createNativeQuery("SELECT DISTINCT note FROM indicator_value WHERE indicator_code = :i"
                + " AND area_code = :a AND breakdown = :b AND note IS NOT NULL AND note <> '' ORDER BY note")
                .setParameter("i", indicator).setParameter("a", area).setParameter("b", BREAKDOWN).getResultList();
        return notes;
    }

    /** The figures behind a rank, in words with their units. */
    private static String reason(NeedGap r, Indicator prevalence, Indicator growth) {
        var parts = new ArrayList<String>();
        if (r.growthPercent() != null) {
            BigDecimal change = r.growthPercent();
            String moved = change.signum() < 0 ? "Fell " + plain(change.negate()) + "%" : "Grew " + plain(change) + "%";
            parts.add(moved + (growth != null ? " (" + growth.name + ", " + r.growthPeriod() + ")"
                    : " from " + r.growthPeriod()));
        } else if (prevalence != null || growth != null) {
            parts.add("Growth not known");
        }
        if (r.prevalence() != null) {
            parts.add("latest figure " + figure(r.prevalence().value(), prevalence.unit) + " (" + prevalence.name
                    + ", " + r.prevalence().period() + ")");
        }
        String provision = r.services() == 0 ? "no live service serves it"
                : r.services() + (r.services() == 1 ? " live service" : " live services") + " ("
                        + String.join(", ", r.tiers()) + ")"
                        + (r.totalAnnualValue().signum() > 0 ? ", " + money(r.totalAnnualValue()) + " a year" : "")
                        + (r.servicesWithoutValue() > 0 ? ", " + r.servicesWithoutValue() + " with no annual value"
                                + " recorded" : "");
        parts.add(provision);
        String score = switch (r.rankedBy()) {
            case growth -> "ranked by " + plain(r.growthPercent()) + "% growth ÷ " + (r.services() + 1) + " = "
                    + plain(BigDecimal.valueOf(r.score()));
            case prevalence -> "ranked by " + figure(r.prevalence().value(), prevalence.unit) + " ÷ "
                    + (r.services() + 1) + " = " + plain(BigDecimal.valueOf(r.score()));
            case services -> "ranked by its number of live services";
        };
        parts.add(score);
        String text = String.join("; ", parts) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String figure(BigDecimal value, IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> plain(value) + "%";
            case RATE_PER_1000 -> plain(value) + " per 1,000";
            case CURRENCY -> money(value);
            default -> value.stripTrailingZeros().scale() <= 0 ? String.format(Locale.UK, "%,d", value.longValue())
                    : plain(value);
        };
    }

    private static String money(BigDecimal value) {
        return "£" + String.format(Locale.UK, "%,.0f", value);
    }

    private static String plain(BigDecimal value) {
        return value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
