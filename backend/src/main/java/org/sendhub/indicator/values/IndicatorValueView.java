package org.sendhub.indicator.values;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One indicator value with its metadata, as tidy as the CSV row. A figure the source withheld has
 * no value and its EES symbol in {@code suppression} (x, z, c, low, u).
 */
public record IndicatorValueView(String indicatorCode, String indicatorName, String areaCode, String areaName,
        String period, LocalDate periodStart, String breakdown, String category, BigDecimal value,
        BigDecimal numerator, BigDecimal denominator, BigDecimal lowerCi, BigDecimal upperCi, String unit,
        String note, String suppression) {

    static IndicatorValueView from(ResultSet rs) throws SQLException {
        return new IndicatorValueView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                rs.getBigDecimal(13), rs.getString(14), rs.getString(15),
                rs.getString(16));
    }
}
