package org.sendhub.indicator.importing;

import java.util.List;
import java.util.function.Consumer;

import org.sendhub.indicator.values.IndicatorValueQuery;

/**
 * How the rows of a file become the analysts' rows (the indicator CSV's columns), which the
 * import checks and copies: the native CSV passes through, an EES file is translated by its
 * mapping. One import, one set of row rules, whatever the file.
 */
interface ImportFormat {

    /** The format's name in metrics: csv (the analysts' own) or ees. */
    String name();

    /**
     * Reads the header; false, with the error noted on line 1, if the file is not of this format.
     * The rules are those its rows will meet (the catalogue, the geography, the writer's rights).
     */
    boolean readHeader(List<String> columns, ImportRowRules rules, RowErrors errors);

    /** The width of the rows {@link #translate} gives: 16, or 15 for a native file from before suppression. */
    int width();

    /** Gives the analysts' rows of one row of the file (none when it is skipped), on the file's line. */
    void translate(CsvReader.Row row, RowErrors errors, Consumer<CsvReader.Row> out);

    /** The analysts' own CSV, exactly as exported (a new one for each import: it keeps the header's width). */
    static ImportFormat analystsCsv() {
        return new ImportFormat() {
            private int width;

            @Override
            public String name() {
                return "csv";
            }

            @Override
            public boolean readHeader(List<String> columns, ImportRowRules rules, RowErrors errors) {
                if (columns.equals(IndicatorValueQuery.COLUMNS)
                        || columns.equals(IndicatorValueQuery.COLUMNS_WITHOUT_SUPPRESSION)) {
                    width = columns.size();
                    return true;
                }
                errors.add(1, "", "the header must be exactly: " + String.join(",", IndicatorValueQuery.COLUMNS)
                        + " (a file without the last column, suppression, is read too)");
                return false;
            }

            @Override
            public int width() {
                return width;
            }

            @Override
            public void translate(CsvReader.Row row, RowErrors errors, Consumer<CsvReader.Row> out) {
                out.accept(row);
            }
        };
    }
}
