package org.sendhub.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place's yearly series as a forecast needs it: consecutive years, none withheld, all above
 * zero, at least {@link GrowthForecast#MIN_YEARS}; or the reason, in words, why it cannot be
 * forecast. The next years' labels follow the series' own (2024/25, 2024-25 or 2024).
 */
public record YearlySeries(List<String> periods, double[] values, String reason) {

    /** One figure as stored: a withheld one has no value and the source's symbol. */
    public record Figure(String period, LocalDate periodStart, BigDecimal value, String suppression) {
    }

    private static final Pattern ACADEMIC_OR_FINANCIAL = Pattern.compile("(\\d{4})([/-])(\\d{2})");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");

    public boolean forecastable() {
        return reason == null;
    }

    /**
     * The figures, oldest first, checked. {@code ended} says why the place's series stops (a
     * reorganisation ended it), {@code began} when a reorganisation created it; null when neither.
     */
    public static YearlySeries of(List<Figure> figures, String ended, String began) {
        if (ended != null) {
            return refused(ended);
        }
        if (figures.isEmpty()) {
            return refused("no figures are held");
        }
        for (var f : figures) {
            if (f.suppression() != null || f.value() == null) {
                return refused("the figure for " + f.period() + " was withheld by the source"
                        + (f.suppression() == null ? "" : " (" + f.suppression() + ")")
                        + ", and a forecast needs every year");
            }
            if (!isYearly(f.period())) {
                return refused("its periods (" + f.period() + ") are not years; forecasts are of yearly series");
            }
        }
        for (int i = 1; i < figures.size(); i++) {
            var before = figures.get(i - 1);
            var after = figures.get(i);
            if (!before.periodStart().plusYears(1).equals(after.periodStart())) {
                return refused("the years are not consecutive (" + before.period() + " is followed by "
                        + after.period() + "), and a forecast needs an unbroken series");
            }
        }
        for (var f : figures) {
            if (f.value().signum() <= 0) {
                return refused("the figure for " + f.period() + " is " + f.value().toPlainString()
                        + ", and growth on a log scale needs figures above zero");
            }
        }
        if (figures.size() < GrowthForecast.MIN_YEARS) {
            return refused("only " + figures.size() + (figures.size() == 1 ? " year is" : " years are") + " held ("
                    + span(figures) + "); a forecast needs at least " + GrowthForecast.MIN_YEARS
                    + " consecutive years" + (began == null ? "" : "; " + began));
        }
        return new YearlySeries(figures.stream().map(Figure::period).toList(),
                figures.stream().mapToDouble(f -> f.value().doubleValue()).toArray(), null);
    }

    /** The label {@code years} years after a yearly label. */
    public static String after(String period, int years) {
        var academic = ACADEMIC_OR_FINANCIAL.matcher(period);
        if (academic.matches()) {
            int start = Integer.parseInt(academic.group(1)) + years;
            return start + academic.group(2) + String.format("%02d", (start + 1) % 100);
        }
        return String.valueOf(Integer.parseInt(period) + years);
    }

    public String latestPeriod() {
        return periods.get(periods.size() - 1);
    }

    public double latest() {
        return values[values.length - 1];
    }

    private static boolean isYearly(String period) {
        var academic = ACADEMIC_OR_FINANCIAL.matcher(period);
        if (academic.matches()) {
            return (Integer.parseInt(academic.group(1)) + 1) % 100 == Integer.parseInt(academic.group(3));
        }
        return CALENDAR.matcher(period).matches();
    }

    private static String span(List<Figure> figures) {
        return figures.size() == 1 ? figures.get(0).period()
                : figures.get(0).period() + " to " + figures.get(figures.size() - 1).period();
    }

    private static YearlySeries refused(String reason) {
        return new YearlySeries(List.of(), new double[0], reason);
    }
}
