package org.sendhub.indicator.benchmark;

import java.math.BigDecimal;

import org.sendhub.indicator.catalogue.Polarity;
import org.sendhub.indicator.values.ValueIntervals.Interval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Fingertips' comparison of a place with a benchmark: the place's confidence interval against the
 * benchmark's value. Above the interval the place is lower, below it higher, inside it similar.
 */
public enum Significance {
    @JsonProperty("higher") HIGHER,
    @JsonProperty("lower") LOWER,
    @JsonProperty("similar") SIMILAR,
    @JsonProperty("not_compared") NOT_COMPARED;

    public static Significance of(Interval interval, BigDecimal benchmark) {
        if (interval == null || benchmark == null) {
            return NOT_COMPARED;
        }
        if (benchmark.compareTo(interval.lower()) < 0) {
            return HIGHER;
        }
        return benchmark.compareTo(interval.upper()) > 0 ? LOWER : SIMILAR;
    }

    /** Read by polarity: null when not compared, {@code not_judged} for a difference with no polarity. */
    public Judgement judged(Polarity polarity) {
        return switch (this) {
            case NOT_COMPARED -> null;
            case SIMILAR -> Judgement.SIMILAR;
            case HIGHER, LOWER -> polarity == Polarity.NO_JUDGEMENT ? Judgement.NOT_JUDGED
                    : (this == HIGHER) == (polarity == Polarity.HIGHER_IS_BETTER) ? Judgement.BETTER
                    : Judgement.WORSE;
        };
    }
}
