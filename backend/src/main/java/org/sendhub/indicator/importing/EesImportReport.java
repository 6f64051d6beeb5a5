package org.sendhub.indicator.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an EES import did, or would do with {@code dryRun}: the values as the native import counts
 * them, what the file's rows gave, what was skipped and why, and the first values it made.
 */
public record EesImportReport(boolean dryRun, long fileRows, long values, long inserted, long updated,
        long unchanged, Skipped skipped, List<String> areaCodes, List<String> indicatorCodes,
        List<PreviewValue> preview) {

    /**
     * @param otherLevels    rows at geographic levels other than National, Regional and Local authority, by level
     * @param filteredOut    rows the mapping's filters left out
     * @param otherBreakdowns rows of breakdown topics the mapping does not take
     * @param emptyCells     mapped cells with nothing in them (no value, no symbol)
     * @param otherAreas     rows of places the caller may not import for (an editor's file has every authority)
     * @param unknownPlaces  rows for places the geography does not know, by code (with "unknownPlaces": "skip")
     */
    public record Skipped(Map<String, Long> otherLevels, long filteredOut, long otherBreakdowns, long emptyCells,
            long otherAreas, Map<String, Long> unknownPlaces) {
    }

    public record PreviewValue(String indicatorCode, String areaCode, String period, LocalDate periodStart,
            String breakdown, String category, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            String suppression) {

        static PreviewValue of(List<String> row) {
            return new PreviewValue(row.get(0), row.get(2), row.get(4), LocalDate.parse(row.get(5)), row.get(6),
                    row.get(7), number(row.get(8)), number(row.get(9)), number(row.get(10)),
                    row.get(15).isEmpty() ? null : row.get(15));
        }

        private static BigDecimal number(String text) {
            return text.isEmpty() ? null : new BigDecimal(text);
        }
    }

    static EesImportReport of(ImportReport values, EesFormat.Tally tally) {
        return new EesImportReport(values.dryRun(), tally.fileRows, values.rows(), values.inserted(), values.updated(),
                values.unchanged(), new Skipped(Map.copyOf(tally.otherLevels), tally.filteredOut, tally.otherBreakdowns,
                        tally.emptyCells, tally.otherAreas, Map.copyOf(tally.unknownPlaces)),
                values.areaCodes(), values.indicatorCodes(),
                tally.preview.stream().map(PreviewValue::of).toList());
    }
}
