package org.sendhub.common.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates as the API writes them, YYYY-MM-DD and nothing else. {@link LocalDate#parse} also takes
 * signed and five-or-more-digit years ({@code +999999999-12-31}), which PostgreSQL cannot store
 * and which no SEND record needs.
 */
public final class StrictDates {

    private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private StrictDates() {
    }

    /** @throws DateTimeParseException for anything but a real day written YYYY-MM-DD */
    public static LocalDate parse(String text) {
        if (text == null || !ISO_DAY.matcher(text).matches()) {
            throw new DateTimeParseException("not YYYY-MM-DD", text == null ? "" : text, 0);
        }
        return LocalDate.parse(text);
    }
}
