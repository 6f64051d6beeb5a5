package org.sendhub.indicator.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.sendhub.indicator.catalogue.Polarity;
import org.sendhub.indicator.values.ValueIntervals.Interval;

class SignificanceTest {

    private static final Interval AROUND_60 = new Interval(new BigDecimal("58"), new BigDecimal("62"));

    @Test
    void theIntervalAgainstTheBenchmarkValue() {
        assertEquals(Significance.HIGHER, Significance.of(AROUND_60, new BigDecimal("45.9")));
        assertEquals(Significance.LOWER, Significance.of(AROUND_60, new BigDecimal("70")));
        assertEquals(Significance.SIMILAR, Significance.of(AROUND_60, new BigDecimal("62")), "a limit is inside");
        assertEquals(Significance.SIMILAR, Significance.of(AROUND_60, new BigDecimal("58")));
        assertEquals(Significance.NOT_COMPARED, Significance.of(null, new BigDecimal("45.9")));
        assertEquals(Significance.NOT_COMPARED, Significance.of(AROUND_60, null));
    }

    @Test
    void polarityTurnsHigherIntoBetterOrWorse() {
        assertEquals(Judgement.BETTER, Significance.HIGHER.judged(Polarity.HIGHER_IS_BETTER));
        assertEquals(Judgement.WORSE, Significance.HIGHER.judged(Polarity.LOWER_IS_BETTER));
        assertEquals(Judgement.BETTER, Significance.LOWER.judged(Polarity.LOWER_IS_BETTER));
        assertEquals(Judgement.NOT_JUDGED, Significance.LOWER.judged(Polarity.NO_JUDGEMENT));
        assertEquals(Judgement.SIMILAR, Significance.SIMILAR.judged(Polarity.NO_JUDGEMENT));
        assertNull(Significance.NOT_COMPARED.judged(Polarity.HIGHER_IS_BETTER));
    }
}
