package org.sendhub.indicator.values;

import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.catalogue.Polarity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures commissioners quote from indicator values: the latest value, the change and
 * growth between two periods ("growth in autism as primary need 2019-2023: 57.5%"), whether
 * the latest move is the right way given the indicator's polarity, and a comparison with
 * another area or England.
 */
@ApplicationScoped
public class IndicatorTrends {

    public enum Direction {
        @JsonProperty("improving") IMPROVING,
        @JsonProperty("worsening") WORSENING,
        @JsonProperty("no_change") NO_CHANGE,
        @JsonProperty("no_judgement") NO_JUDGEMENT
    }

    public record Point(String period, LocalDate periodStart, BigDecimal value, BigDecimal lowerCi,
            BigDecimal upperCi) {
    }

    public record Change(String fromPeriod, String toPeriod, BigDecimal fromValue, BigDecimal toValue,
            BigDecimal absolute, BigDecimal percent) {
    }

    public record Comparison(String areaCode, String period, BigDecimal value, BigDecimal difference) {
    }

    /** A period whose figure the source withheld: not in the series, never taken as zero. */
    public record Withheld(String period, LocalDate periodStart, String suppression) {
    }

    public record Trend(String indicatorCode, String areaCode, String breakdown, String category, List<Point> series,
            Point latest, Point previous, Change change, Direction direction, Comparison comparison,
            List<Withheld> withheld) {
    }

    @Inject
    EntityManager em;

    public List<Point> series(String indicator, String area, String breakdown, String category, LocalDate from,
            LocalDate to) {
        return rows("value, lower_ci, upper_ci", "value IS NOT NULL", indicator, area, breakdown, category, from, to)
                .stream().map(r -> new Point((String) r[0], toDate(r[1]), (BigDecimal) r[2], (BigDecimal) r[3],
                        (BigDecimal) r[4])).toList();
    }

    /** The periods in the range whose figure is withheld, with the source's symbol. */
    public List<Withheld> withheld(String indicator, String area, String breakdown, String category, LocalDate from,
            LocalDate to) {
        return rows("suppression", "suppression IS NOT NULL", indicator, area, breakdown, category, from, to)
                .stream().map(r -> new Withheld((String) r[0], toDate(r[1]), (String) r[2])).toList();
    }

    /** Period, period start and the given columns of one category's values in the range, oldest first. */
    private List<Object[]> rows(String columns, String condition, String indicator, String area, String breakdown,
            String category, LocalDate from, LocalDate to) {
        var query = em.createNativeQuery("SELECT period, period_start, " + columns + " FROM indicator_value"
                + " WHERE indicator_code = :indicator AND area_code = :area AND breakdown = :breakdown"
                + " AND category = :category AND " + condition
                + " AND period_start BETWEEN :fromDate AND :toDate ORDER BY period_start, period", Object[].class)
                .setParameter("indicator", indicator).setParameter("area", area)
                .setParameter("breakdown", breakdown).setParameter("category", category)
                .setParameter("fromDate", from == null ? LocalDate.of(1, 1, 1) : from)
                .setParameter("toDate", to == null ? LocalDate.of(9999, 12, 31) : to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public Trend trend(Indicator indicator, String area, String compareTo, String breakdown, String category,
            LocalDate from, LocalDate to) {
        var series = series(indicator.code, area, breakdown, category, from, to);
        Point latest = series.isEmpty() ? null : series.get(series.size() - 1);
        Point previous = series.size() < 2 ? null : series.get(series.size() - 2);
        Change change = series.size() < 2 ? null : change(series.get(0), latest);
        Comparison comparison = null;
        if (compareTo != null && latest != null) {
            var other = series(indicator.code, compareTo, breakdown, category, null, null);
            Point same = other.stream().filter(p -> p.period().equals(latest.period())).findFirst()
                    .orElse(other.isEmpty() ? null : other.get(other.size() - 1));
            if (same != null) {
                comparison = new Comparison(compareTo, same.period(), same.value(),
                        latest.value().subtract(same.value()));
            }
        }
        return new Trend(indicator.code, area, breakdown, category, series, latest, previous, change,
                direction(indicator.polarity, previous, latest), comparison,
                withheld(indicator.code, area, breakdown, category, from, to));
    }

    public static Change change(Point from, Point to) {
        BigDecimal absolute = to.value().subtract(from.value());
        BigDecimal percent = from.value().signum() == 0 ? null
                : absolute.multiply(BigDecimal.valueOf(100)).divide(from.value().abs(), 1, RoundingMode.HALF_UP);
        return new Change(from.period(), to.period(), from.value(), to.value(), absolute, percent);
    }

    /** Whether the last move (previous to latest) is the right way, given the polarity. */
    public static Direction direction(Polarity polarity, Point previous, Point latest) {
        if (previous == null || latest == null) {
            return null;
        }
        if (polarity == Polarity.NO_JUDGEMENT) {
            return Direction.NO_JUDGEMENT;
        }
        int moved = latest.value().compareTo(previous.value());
        if (moved == 0) {
            return Direction.NO_CHANGE;
        }
        boolean up = moved > 0;
        return up == (polarity == Polarity.HIGHER_IS_BETTER) ? Direction.IMPROVING : Direction.WORSENING;
    }

    /** Whether a value meets a numeric target, given the polarity; null when it cannot be judged. */
    public static Boolean meets(Polarity polarity, BigDecimal value, BigDecimal target) {
        if (value == null || target == null || polarity == Polarity.NO_JUDGEMENT) {
            return null;
        }
        int compared = value.compareTo(target);
        return polarity == Polarity.HIGHER_IS_BETTER ? compared >= 0 : compared <= 0;
    }
}
