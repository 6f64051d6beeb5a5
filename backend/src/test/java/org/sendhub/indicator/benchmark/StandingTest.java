package org.sendhub.indicator.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sendhub.indicator.benchmark.Standing.Ordering;
import org.sendhub.indicator.catalogue.Polarity;

class StandingTest {

    private static final List<BigDecimal> ONE_TO_TEN = IntStream.rangeClosed(1, 10).mapToObj(BigDecimal::valueOf)
            .toList();

    @Test
    void rankAndQuartileFollowPolarity() {
        var higherBetter = Standing.of(BigDecimal.valueOf(8), ONE_TO_TEN, Polarity.HIGHER_IS_BETTER, null);
        assertEquals(3, higherBetter.rank());
        assertEquals(10, higherBetter.of());
        assertEquals(1, higherBetter.quartile(), "ranks 1-3 of 10 are the first quarter");
        assertEquals(Ordering.BEST_FIRST, higherBetter.ordering());

        var lowerBetter = Standing.of(BigDecimal.valueOf(8), ONE_TO_TEN, Polarity.LOWER_IS_BETTER, null);
        assertEquals(8, lowerBetter.rank());
        assertEquals(3, lowerBetter.quartile());

        var none = Standing.of(BigDecimal.valueOf(1), ONE_TO_TEN, Polarity.NO_JUDGEMENT, null);
        assertEquals(10, none.rank());
        assertEquals(4, none.quartile());
        assertEquals(Ordering.HIGHEST_FIRST, none.ordering());
    }

    @Test
    void tiesShareTheBetterRank() {
        var values = List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(2), BigDecimal.TEN);
        var standing = Standing.of(BigDecimal.valueOf(2), values, Polarity.HIGHER_IS_BETTER, null);
        assertEquals(2, standing.rank());
        assertEquals(2, standing.quartile());
    }

    @Test
    void theSpreadIsRsQuantileType7() {
        // R: quantile(1:10) gives 1, 3.25, 5.5, 7.75, 10.
        var standing = Standing.of(BigDecimal.ONE, ONE_TO_TEN, Polarity.NO_JUDGEMENT, null);
        assertEquals(0, new BigDecimal("1").compareTo(standing.lowest()));
        assertEquals(0, new BigDecimal("3.25").compareTo(standing.lowerQuartile()));
        assertEquals(0, new BigDecimal("5.5").compareTo(standing.median()));
        assertEquals(0, new BigDecimal("7.75").compareTo(standing.upperQuartile()));
        assertEquals(0, new BigDecimal("10").compareTo(standing.highest()));
    }

    @Test
    void aPlaceWithoutAValueHasTheSpreadButNoRank() {
        var standing = Standing.of(null, ONE_TO_TEN, Polarity.HIGHER_IS_BETTER, "withheld");
        assertNull(standing.rank());
        assertNull(standing.quartile());
        assertEquals("withheld", standing.reason());
        assertEquals(10, standing.of());
        var empty = Standing.of(null, List.of(), Polarity.HIGHER_IS_BETTER, "withheld");
        assertEquals(0, empty.of());
        assertNull(empty.median());
    }
}
