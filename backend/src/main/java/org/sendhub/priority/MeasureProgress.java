package org.sendhub.priority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.indicator.values.IndicatorTrends;
import org.sendhub.indicator.values.IndicatorTrends.Direction;
import org.sendhub.indicator.values.IndicatorTrends.Point;
import org.sendhub.priority.PriorityDto.Measure;
import org.sendhub.priority.PriorityDto.PriorityView;

/** How a priority's measures stand: latest value against target, and which way it is moving. */
@ApplicationScoped
public class MeasureProgress {

    public record Progress(String indicatorCode, String indicatorName, String unit, String polarity,
            String description, String target, BigDecimal targetValue, LocalDate targetDate, Point latest,
            Point previous, Direction direction, Boolean onTarget) {
    }

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorTrends trends;

    public List<Progress> of(PriorityView priority) {
        return priority.measures().stream().map(measure -> progress(priority.areaCode(), measure)).toList();
    }

    private Progress progress(String area, Measure measure) {
        var indicator = measure.indicatorCode() == null ? null : indicators.findById(measure.indicatorCode());
        if (indicator == null) {
            return new Progress(measure.indicatorCode(), null, null, null, measure.description(), measure.target(),
                    measure.targetValue(), measure.targetDate(), null, null, null, null);
        }
        var series = trends.series(indicator.code, area, "total", "total", null, null);
        Point latest = series.isEmpty() ? null : series.get(series.size() - 1);
        Point previous = series.size() < 2 ? null : series.get(series.size() - 2);
        return new Progress(indicator.code, indicator.name, indicator.unit.name().toLowerCase(),
                indicator.polarity.name().toLowerCase(), measure.description(), measure.target(),
                measure.targetValue(), measure.targetDate(), latest, previous,
                IndicatorTrends.direction(indicator.polarity, previous, latest),
                IndicatorTrends.meets(indicator.polarity, latest == null ? null : latest.value(),
                        measure.targetValue()));
    }
}
