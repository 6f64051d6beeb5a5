package org.sendhub.indicator.benchmark;

import static org.sendhub.indicator.values.ValueIntervals.rounded;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.sendhub.indicator.catalogue.Polarity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A place among all local authorities with a value for the period, as DfE's LAIT bands them:
 * its rank (1 the best by polarity, or the highest when there is none; ties share the better
 * rank), its quartile from that rank, and the spread of all their values for a spine chart
 * (percentiles by linear interpolation, R's type 7).
 */
public record Standing(Integer rank, int of, Integer quartile, Ordering ordering, BigDecimal lowest,
        BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile, BigDecimal highest, String method,
        String reason) {

    public enum Ordering {
        @JsonProperty("best_first") BEST_FIRST,
        @JsonProperty("highest_first") HIGHEST_FIRST
    }

    /**
     * @param value the place's value, or null when it is not a local authority or has none
     * @param values every local authority's value for the period, the place's included
     */
    public static Standing of(BigDecimal value, List<BigDecimal> values, Polarity polarity, String whyNoRank) {
        Ordering ordering = polarity == Polarity.NO_JUDGEMENT ? Ordering.HIGHEST_FIRST : Ordering.BEST_FIRST;
        boolean lowestFirst = polarity == Polarity.LOWER_IS_BETTER;
        int of = values.size();
        Integer rank = null;
        Integer quartile = null;
        if (value != null && of > 0) {
            int ahead = (int) values.stream().filter(v -> lowestFirst ? v.compareTo(value) < 0 : v.compareTo(value) > 0)
                    .count();
            rank = ahead + 1;
            quartile = Math.min(4, 1 + (ahead * 4) / of);
        }
        if (of == 0) {
            return new Standing(null, 0, null, ordering, null, null, null, null, null, "rank_among_local_authorities",
                    "No local authority has a figure for this period.");
        }
        double[] sorted = values.stream().mapToDouble(BigDecimal::doubleValue).sorted().toArray();
        var percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(sorted);
        return new Standing(rank, of, quartile, ordering, rounded(sorted[0]), rounded(percentile.evaluate(25)),
                rounded(percentile.evaluate(50)), rounded(percentile.evaluate(75)), rounded(sorted[of - 1]),
                "rank_among_local_authorities", rank == null ? whyNoRank : null);
    }
}
