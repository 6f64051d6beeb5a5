package org.sendhub.indicator.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.sendhub.geography.Closeness;
import org.sendhub.geography.GeographyDto.PlaceRef;
import org.sendhub.indicator.benchmark.BenchmarkDto.Comparator;
import org.sendhub.indicator.benchmark.BenchmarkDto.Role;
import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.values.ValueIntervals;

/** A place's figure held against each comparator's, with the reason in words whenever it cannot be. */
final class Comparison {

    private final Indicator indicator;
    private final FigureRow at;
    private final ValueIntervals intervals;
    private final ConfidenceLevel level;
    /** Why the place's own figure cannot be compared with any other; null when it can. */
    private final String refusal;

    Comparison(Indicator indicator, String placeName, FigureRow at, ValueIntervals intervals, ConfidenceLevel level) {
        this.indicator = indicator;
        this.at = at;
        this.intervals = intervals;
        this.level = level;
        this.refusal = refusal(placeName);
    }

    private String refusal(String placeName) {
        if (Benchmarks.isCount(Benchmarks.unit(indicator))) {
            return "A count is not compared between places of different sizes: compare a percentage or a rate.";
        }
        if (at.value() == null) {
            return placeName + "'s figure for " + at.period() + " is withheld.";
        }
        if (level.of(intervals) == null) {
            return intervals.method() == ValueIntervals.Method.supplied
                    ? "The source gives only a 95% confidence interval."
                    : placeName + "'s figure has no confidence interval: that needs a numerator and a denominator.";
        }
        return null;
    }

    Comparator with(Role role, PlaceRef place, FigureRow figure, Integer neighbourRank, Closeness closeness) {
        String unit = Benchmarks.unit(indicator);
        BigDecimal value = figure == null ? null : figure.value();
        String missing = figure == null ? "No figure for " + at.period() + "."
                : value == null ? "Its figure for " + at.period() + " is withheld." : null;
        return compared(role, place.code(), place.name(), figure == null ? null : at.period(), value,
                figure == null ? null : figure.suppression(),
                figure == null ? ValueIntervals.NONE : figure.intervals(unit), null, neighbourRank, closeness, missing);
    }

    Comparator withNeighboursMean(List<FigureRow> neighbourFigures) {
        var values = neighbourFigures.stream().map(FigureRow::value).filter(Objects::nonNull).toList();
        BigDecimal mean = values.isEmpty() ? null : NeighboursMean.of(values);
        String missing = values.isEmpty() ? "None of the statistical neighbours has a figure for " + at.period() + "."
                : null;
        return compared(Role.NEIGHBOURS_MEAN, null, "Statistical neighbours' mean", at.period(), mean, null,
                ValueIntervals.NONE, values.size(), null, null, missing);
    }

    /** @param period the period compared, or null when the comparator has no figure at all */
    private Comparator compared(Role role, String code, String name, String period, BigDecimal value,
            String suppression, ValueIntervals itsIntervals, Integer places, Integer neighbourRank, Closeness closeness, String missing) {
        String reason = refusal != null ? refusal : missing;
        Significance significance = reason != null ? Significance.NOT_COMPARED
                : Significance.of(level.of(intervals), value);
        return new Comparator(role, code, name, period, value, suppression, itsIntervals, places, neighbourRank,
                closeness, significance, significance.judged(indicator.polarity), reason == null ? level.method : null, reason);
    }
}
