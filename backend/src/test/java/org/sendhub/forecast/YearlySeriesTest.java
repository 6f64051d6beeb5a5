package org.sendhub.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which series can be forecast, and the words for those that cannot. */
class YearlySeriesTest {

    static List<YearlySeries.Figure> academic(int from, String... values) {
        var out = new ArrayList<YearlySeries.Figure>();
        for (int i = 0; i < values.length; i++) {
            int year = from + i;
            boolean withheld = values[i].equals("x");
            out.add(new YearlySeries.Figure(year + "/" + String.format("%02d", (year + 1) % 100),
                    LocalDate.of(year, 9, 1), withheld ? null : new BigDecimal(values[i]), withheld ? "x" : null));
        }
        return out;
    }

    @Test
    void fiveConsecutiveYearsAboveZeroAreForecastable() {
        var series = YearlySeries.of(academic(2020, "1", "2", "3", "4", "5"), null, null);
        assertTrue(series.forecastable());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, series.values());
        assertEquals("2024/25", series.latestPeriod());
    }

    @Test
    void aShortSeriesSaysHowManyYearsItHasAndWhyItIsShort() {
        var series = YearlySeries.of(academic(2023, "10", "12"), null, "Cumberland began in 2023/24");
        assertFalse(series.forecastable());
        assertEquals("only 2 years are held (2023/24 to 2024/25); a forecast needs at least 5 consecutive years;"
                + " Cumberland began in 2023/24", series.reason());
        assertEquals("only 1 year is held (2024/25); a forecast needs at least 5 consecutive years",
                YearlySeries.of(academic(2024, "10"), null, null).reason());
    }

    @Test
    void aWithheldYearAGapOrAZeroBreaksTheSeries() {
        assertTrue(YearlySeries.of(academic(2018, "1", "2", "x", "4", "5", "6"), null, null).reason()
                .startsWith("the figure for 2020/21 was withheld by the source (x)"));
        var gap = new ArrayList<>(academic(2018, "1", "2"));
        gap.addAll(academic(2022, "4", "5", "6"));
        assertTrue(YearlySeries.of(gap, null, null).reason()
                .startsWith("the years are not consecutive (2019/20 is followed by 2022/23)"));
        assertTrue(YearlySeries.of(academic(2018, "1", "0", "3", "4", "5"), null, null).reason()
                .startsWith("the figure for 2019/20 is 0"));
    }

    @Test
    void anEndedPlaceIsNotForecast() {
        var series = YearlySeries.of(academic(2018, "1", "2", "3", "4", "5"), "Cumbria ended in 2022/23", null);
        assertEquals("Cumbria ended in 2022/23", series.reason());
    }

    @Test
    void monthlyFiguresAreNotYearly() {
        var figures = List.of(new YearlySeries.Figure("2024-01", LocalDate.of(2024, 1, 1), BigDecimal.ONE, null));
        assertTrue(YearlySeries.of(figures, null, null).reason().contains("are not years"));
    }

    @Test
    void theNextYearsAreLabelledAsTheSeriesLabelsItsOwn() {
        assertEquals("2025/26", YearlySeries.after("2024/25", 1));
        assertEquals("2029/30", YearlySeries.after("2024/25", 5));
        assertEquals("2000/01", YearlySeries.after("1999/00", 1));
        assertEquals("2026-27", YearlySeries.after("2024-25", 2));
        assertEquals("2027", YearlySeries.after("2024", 3));
    }
}
