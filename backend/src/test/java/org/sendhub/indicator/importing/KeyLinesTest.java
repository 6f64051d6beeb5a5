package org.sendhub.indicator.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KeyLinesTest {

    static final List<String> INDICATORS = List.of("ehcp_rate", "asd_pupils");
    static final List<String> AREAS = List.of("E08000010", "E08000003", "E92000001");

    @Test
    void aRepeatedKeyGivesTheLineItFirstAppearedOnAndKeysDifferingInOnePartAreDistinct() {
        var keys = new KeyLines(INDICATORS, AREAS, 2);
        assertEquals(0, keys.firstLine("ehcp_rate", "E08000010", "2023", "total", "total", 2));
        assertEquals(0, keys.firstLine("asd_pupils", "E08000010", "2023", "total", "total", 3));
        assertEquals(0, keys.firstLine("ehcp_rate", "E08000003", "2023", "total", "total", 4));
        assertEquals(0, keys.firstLine("ehcp_rate", "E08000010", "2022", "total", "total", 5));
        assertEquals(0, keys.firstLine("ehcp_rate", "E08000010", "2023", "primary_need", "ASD", 6));
        assertEquals(0, keys.firstLine("ehcp_rate", "E08000010", "2023", "primary_need", "SLCN", 7));
        assertEquals(2, keys.firstLine("ehcp_rate", "E08000010", "2023", "total", "total", 8));
        assertEquals(6, keys.firstLine("ehcp_rate", "E08000010", "2023", "primary_need", "ASD", 9));
    }

    @Test
    void aMillionKeysAreAllKeptAndEveryRepeatIsFound() {
        var keys = new KeyLines(INDICATORS, AREAS, 2);
        int line = 2;
        for (String indicator : INDICATORS) {
            for (String area : AREAS) {
                for (int period = 0; period < 1000; period++) {
                    for (int category = 0; category < 170; category++) {
                        assertEquals(0, keys.firstLine(indicator, area, "P" + period, "primary_need", "C" + category,
                                line++));
                    }
                }
            }
        }
        assertEquals(2 + 1_020_000, line);
        assertEquals(2, keys.firstLine("ehcp_rate", "E08000010", "P0", "primary_need", "C0", line));
        assertEquals(line - 1, keys.firstLine("asd_pupils", "E92000001", "P999", "primary_need", "C169", line));
        assertEquals(0, keys.firstLine("asd_pupils", "E92000001", "P999", "total", "C169", line));
    }

    @Test
    void moreDistinctPeriodsThanTheKeyHoldsIsAClearRefusal() {
        // A catalogue of 2^20 indicators and 2^20 areas leaves 64 - 20 - 20 - 1 = 23 bits: 11 for periods.
        var codes = IntStream.range(0, 1 << 20).mapToObj(i -> "c" + i).toList();
        var keys = new KeyLines(codes, codes, 2);
        for (int period = 0; period < 1 << 11; period++) {
            assertEquals(0, keys.firstLine("c1", "c2", "P" + period, "total", "total", 2 + period));
        }
        var e = assertThrows(KeyLines.TooManyKeysException.class,
                () -> keys.firstLine("c1", "c2", "one more", "total", "total", 9999));
        assertEquals("the file has more than 2048 different periods: split it into smaller files", e.getMessage());
    }

    @Test
    void moreValuesThanOneImportMayHoldIsAClearRefusalAndRepeatsAreStillFound() {
        var keys = new KeyLines(INDICATORS, AREAS, 2, 4);
        for (int period = 0; period < 4; period++) {
            assertEquals(0, keys.firstLine("ehcp_rate", "E08000010", "P" + period, "total", "total", 2 + period));
        }
        assertEquals(3, keys.firstLine("ehcp_rate", "E08000010", "P1", "total", "total", 6));
        var e = assertThrows(KeyLines.TooManyKeysException.class,
                () -> keys.firstLine("ehcp_rate", "E08000010", "P4", "total", "total", 7));
        assertEquals("the file has more than 4 values, the most one import may hold: split it into smaller files"
                + " (by time period or indicator)", e.getMessage());
    }

    @Test
    void theMostValuesOneImportMayHoldFitTheTableDfesEhcPlansReleaseNeeds() {
        // DfE's 1.2 million values fill 2^21 slots (25 MB) three quarters full at most: the most
        // an import may hold fit those too, and one more value is refused, never grown for.
        var keys = new KeyLines(INDICATORS, AREAS, 2);
        int line = 2;
        for (String indicator : INDICATORS) {
            for (String area : AREAS) {
                for (int period = 0; period < 512; period++) {
                    for (int category = 0; category < 512; category++) {
                        keys.firstLine(indicator, area, "P" + period, "primary_need", "C" + category, line++);
                    }
                }
            }
        }
        assertEquals(2 + KeyLines.MAX_KEYS, line);
        assertEquals(1 << 21, keys.slots());
        assertThrows(KeyLines.TooManyKeysException.class,
                () -> keys.firstLine("ehcp_rate", "E08000010", "P0", "total", "total", 9999));
        assertEquals(2, keys.firstLine("ehcp_rate", "E08000010", "P0", "primary_need", "C0", 9999));
    }
}
