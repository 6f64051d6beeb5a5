package org.sendhub.priority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;
import org.sendhub.indicator.benchmark.BenchmarkDto.Benchmark;
import org.sendhub.indicator.benchmark.Benchmarks;
import org.sendhub.indicator.benchmark.ConfidenceLevel;
import org.sendhub.indicator.benchmark.SeriesKey;
import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.indicator.values.IndicatorTrends;
import org.sendhub.indicator.values.IndicatorTrends.Direction;
import org.sendhub.indicator.values.IndicatorTrends.Point;
import org.sendhub.priority.PriorityDto.Measure;
import org.sendhub.priority.PriorityDto.PriorityView;

/**
 * How a priority's measures stand: the latest figure of the category each follows against its
 * target, which way it is moving, and how it compares with England and the statistical neighbours
 * (the benchmark, as {@code GET /indicators/{code}/benchmark} answers it).
 */
@ApplicationScoped
public class MeasureProgress {

    /**
     * {@code toTarget}: the target less the latest figure, in the indicator's unit (how far there
     * is to go); {@code benchmark}: null when the area has no figure to compare.
     */
    public record Progress(String indicatorCode, String indicatorName, String unit, String polarity,
            String breakdown, String category, String description, BigDecimal targetValue, LocalDate targetDate,
            Point latest, Point previous, Direction direction, Boolean onTarget, BigDecimal toTarget,
            Benchmark benchmark) {
    }

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorTrends trends;

    @Inject
    Benchmarks benchmarks;

    @Inject
    Access access;

    public List<Progress> of(PriorityView priority) {
        return priority.measures().stream().map(measure -> progress(priority.areaCode(), measure)).toList();
    }

    private Progress progress(String area, Measure measure) {
        var indicator = measure.indicatorCode() == null ? null : indicators.findById(measure.indicatorCode());
        if (indicator == null) {
            return new Progress(measure.indicatorCode(), null, null, null, null, null, measure.description(),
                    measure.targetValue(), measure.targetDate(), null, null, null, null, null, null);
        }
        var key = new SeriesKey(indicator.code, measure.breakdownOrTotal(), measure.categoryOrTotal());
        var series = trends.series(indicator.code, area, key.breakdown(), key.category(), null, null);
        Point latest = series.isEmpty() ? null : series.get(series.size() - 1);
        Point previous = series.size() < 2 ? null : series.get(series.size() - 2);
        BigDecimal target = measure.targetValue();
        return new Progress(indicator.code, indicator.name, indicator.unit.name().toLowerCase(),
                indicator.polarity.name().toLowerCase(), key.breakdown(), key.category(), measure.description(),
                target, measure.targetDate(), latest, previous,
                IndicatorTrends.direction(indicator.polarity, previous, latest),
                IndicatorTrends.meets(indicator.polarity, latest == null ? null : latest.value(), target),
                latest == null || target == null ? null : target.subtract(latest.value()),
                latest == null ? null : benchmark(indicator, key, area));
    }

    /** The area's latest figure against England, its region and its neighbours, at 95%. */
    private Benchmark benchmark(Indicator indicator, SeriesKey key, String area) {
        try {
            return benchmarks.benchmark(indicator, key, null, false, new Benchmarks.Request(area, List.of(),
                    ConfidenceLevel.NINETY_FIVE, i -> true, access.caller()::readsIndicatorValuesOf));
        } catch (ProblemException noFigure) {
            return null;
        }
    }
}
