package org.sendhub.indicator.benchmark;

/** One series of an indicator: its headline figure (total/total) or one category of a breakdown. */
public record SeriesKey(String indicator, String breakdown, String category) {

    public static final String TOTAL = "total";

    public boolean isTotal() {
        return TOTAL.equals(breakdown);
    }
}
