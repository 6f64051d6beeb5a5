package org.sendhub.indicator.benchmark;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.sendhub.indicator.values.ValueIntervals;

/** One place's figure for one period of a series, as stored; a withheld one has no value. */
public record FigureRow(String indicator, String breakdown, String category, String areaCode, String period,
        LocalDate periodStart, BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal lowerCi,
        BigDecimal upperCi, String note, String suppression) {

    static final String COLUMNS = "v.indicator_code, v.breakdown, v.category, v.area_code, v.period, v.period_start,"
            + " v.value, v.numerator, v.denominator, v.lower_ci, v.upper_ci, v.note, v.suppression";

    /** How many columns {@link #COLUMNS} selects: a query's own columns follow them. */
    static final int COLUMN_COUNT = 13;

    static FigureRow from(ResultSet rs) throws SQLException {
        return new FigureRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12), rs.getString(13));
    }

    public SeriesKey key() {
        return new SeriesKey(indicator, breakdown, category);
    }

    /** @param unit the indicator's unit as the API spells it ({@code percent}, {@code count}, ...) */
    ValueIntervals intervals(String unit) {
        return ValueIntervals.of(unit, value, numerator, denominator, lowerCi, upperCi);
    }

    TrendTest.Point point() {
        return new TrendTest.Point(period, periodStart, value, numerator, denominator, suppression);
    }
}
