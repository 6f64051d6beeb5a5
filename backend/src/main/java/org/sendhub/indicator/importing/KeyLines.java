package org.sendhub.indicator.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The line on which each key (indicator, area, period, breakdown, category) first appears in an
 * import, to report a key the file repeats. A national file has a million keys: each is packed
 * into one long (every part numbered through a small dictionary) in an open-addressing table,
 * about 12 bytes a key instead of a few hundred as strings in a HashMap.
 */
final class KeyLines {

    /** A file with more distinct periods or categories than the key has room for (about a million each). */
    static final class TooManyKeysException extends RuntimeException {
        TooManyKeysException(String message) {
            super(message);
        }
    }

    /**
     * The most values one import may hold: three quarters of a table of 2^21 keys (25 MB of the
     * backend's heap, 37 MB while it grows into it), the table DfE's EHC plans release (1.2 million
     * values) needs; `make bench` imports that file with the heap the run command sets. Beyond it a
     * file is refused, never left to exhaust the heap and stop the backend.
     */
    static final int MAX_KEYS = 3 << 19;

    private final int maxKeys;
    private final Part indicators;
    private final Part areas;
    private final Part breakdowns;
    private final Part periods;
    private final Part categories;
    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /**
     * Rows reach here checked against the catalogue, so indicators, areas and breakdown names
     * (total and those of every indicator) are numbered within the catalogue's counts.
     */
    KeyLines(List<String> indicatorCodes, List<String> areaCodes, int breakdownNames) {
        this(indicatorCodes, areaCodes, breakdownNames, MAX_KEYS);
    }

    KeyLines(List<String> indicatorCodes, List<String> areaCodes, int breakdownNames, int maxKeys) {
        this.maxKeys = maxKeys;
        indicators = new Part("indicators", bitsFor(indicatorCodes.size()));
        indicatorCodes.forEach(indicators::number);
        areas = new Part("areas", bitsFor(areaCodes.size()));
        areaCodes.forEach(areas::number);
        breakdowns = new Part("breakdowns", bitsFor(breakdownNames));
        int left = Long.SIZE - indicators.bits - areas.bits - breakdowns.bits;
        periods = new Part("periods", left / 2);
        categories = new Part("categories", left - left / 2);
    }

    /** The line the key first appeared on, or 0 if this is its first line (lines count from 1). */
    int firstLine(String indicator, String area, String period, String breakdown, String category, int line) {
        long key = indicators.number(indicator);
        key = key << areas.bits | areas.number(area);
        key = key << breakdowns.bits | breakdowns.number(breakdown);
        key = key << periods.bits | periods.number(period);
        key = key << categories.bits | categories.number(category);
        int slot = slotOf(key);
        if (lines[slot] != 0) {
            return lines[slot];
        }
        if (size >= maxKeys) {
            throw new TooManyKeysException(String.format(Locale.ROOT,
                    "the file has more than %,d values, the most one import may hold: split it into smaller files"
                            + " (by time period or indicator)", maxKeys));
        }
        // Kept three quarters full at most: open addressing stays quick, in half the memory of half full.
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
            slot = slotOf(key);
        }
        keys[slot] = key;
        lines[slot] = line;
        size++;
        return 0;
    }

    /** Where the key is in the table, or the free slot where it would go. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (lines[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The table's size in keys it has room for, full or not (its memory: 12 bytes each). */
    int slots() {
        return keys.length;
    }

    private static int slot(long key, int mask) {
        // The high bits of a Fibonacci hash, as many as the table needs.
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> Long.numberOfLeadingZeros(mask));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldLines[i] != 0) {
                int slot = slot(oldKeys[i], mask);
                while (lines[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** Bits to number this many texts from 0. */
    private static int bitsFor(int distinct) {
        return Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(1, distinct) - 1));
    }

    /** Numbers the distinct texts of one part of the key. */
    private static final class Part {
        final String name;
        final int bits;
        final Map<String, Integer> numbers = new HashMap<>();

        Part(String name, int bits) {
            this.name = name;
            this.bits = bits;
        }

        int number(String text) {
            Integer number = numbers.get(text);
            if (number == null) {
                number = numbers.size();
                if (number >= 1 << bits) {
                    throw new TooManyKeysException("the file has more than " + (1 << bits) + " different " + name
                            + ": split it into smaller files");
                }
                numbers.put(text, number);
            }
            return number;
        }
    }
}
