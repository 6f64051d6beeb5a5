package org.sendhub.indicator.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.sendhub.indicator.benchmark.BenchmarkDto.SeriesPoint;
import org.sendhub.indicator.values.ValueIntervals;

/**
 * The statistical neighbours' mean, as LAIT gives it: the plain mean of the neighbours' values for
 * the period, of those that have one (how many is always said beside it).
 */
final class NeighboursMean {

    private NeighboursMean() {
    }

    static BigDecimal of(List<BigDecimal> values) {
        double sum = values.stream().mapToDouble(BigDecimal::doubleValue).sum();
        return ValueIntervals.rounded(sum / values.size());
    }

    /** The mean for each period any neighbour has a value for, oldest first. */
    static List<SeriesPoint> series(List<FigureRow> neighbourRows) {
        var byStart = new TreeMap<LocalDate, List<FigureRow>>();
        neighbourRows.stream().filter(row -> row.value() != null)
                .forEach(row -> byStart.computeIfAbsent(row.periodStart(), s -> new ArrayList<>()).add(row));
        return byStart.values().stream().map(rows -> {
            var values = rows.stream().map(FigureRow::value).filter(Objects::nonNull).toList();
            var first = rows.get(0);
            return new SeriesPoint(first.period(), first.periodStart(), of(values), null, null, null, null,
                    ValueIntervals.NONE, values.size());
        }).toList();
    }
}
