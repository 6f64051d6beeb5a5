package org.sendhub.indicator.benchmark;

import java.math.BigDecimal;

import org.sendhub.common.problem.ProblemException;
import org.sendhub.indicator.values.ValueIntervals;
import org.sendhub.indicator.values.ValueIntervals.Interval;

/** Which of a value's intervals a comparison holds against the benchmark: 95% (Fingertips' default) or 99.8%. */
public enum ConfidenceLevel {
    NINETY_FIVE(new BigDecimal("95"), "ci95_against_value"),
    NINETY_NINE_POINT_EIGHT(new BigDecimal("99.8"), "ci998_against_value");

    public final BigDecimal percent;
    public final String method;

    ConfidenceLevel(BigDecimal percent, String method) {
        this.percent = percent;
        this.method = method;
    }

    public static ConfidenceLevel parse(String value) {
        if (value == null || value.isBlank()) {
            return NINETY_FIVE;
        }
        return switch (value.trim()) {
            case "95" -> NINETY_FIVE;
            case "99.8" -> NINETY_NINE_POINT_EIGHT;
            default -> throw ProblemException.badParameter("confidence", "must be 95 or 99.8");
        };
    }

    public Interval of(ValueIntervals intervals) {
        return this == NINETY_FIVE ? intervals.ci95() : intervals.ci998();
    }

    /** How Fingertips labels a significant difference at this level: "Better 95%". */
    public String label() {
        return percent.toPlainString() + "%";
    }
}
