package org.sendhub.indicator.values;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One indicator value with its metadata, as tidy as the CSV row. A figure the source withheld has
 * no value and its EES symbol in {@code suppression} (x, z, c, low, u). {@code lowerCi}/{@code upperCi}
 * are the source's own interval; {@code intervals} adds the computed ones.
 */
public record IndicatorValueView(String indicatorCode, String indicatorName, String areaCode, String areaName,
        String period, LocalDate periodStart, String breakdown, String category, BigDecimal value,
        BigDecimal numerator, BigDecimal denominator, BigDecimal lowerCi, BigDecimal upperCi, String unit,
        String note, String suppression, ValueIntervals intervals) {

    static IndicatorValueView from(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal(9);
        BigDecimal numerator = rs.getBigDecimal(10);
        BigDecimal denominator = rs.getBigDecimal(11);
        BigDecimal lowerCi = rs.getBigDecimal(12);
        BigDecimal upperCi = rs.getBigDecimal(13);
        String unit = rs.getString(14);
        return new IndicatorValueView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), value,
                numerator, denominator, lowerCi, upperCi, unit, rs.getString(15), rs.getString(16),
                ValueIntervals.of(unit, value, numerator, denominator, lowerCi, upperCi));
    }
}
