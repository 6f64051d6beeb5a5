package org.sendhub.common.paging;

import org.sendhub.common.json.StrictDates;
import org.sendhub.common.problem.ProblemException;

/** Strict readers for list filters: a value we cannot read is a 400, never silently ignored. */
public final class ListFilters {

    public static final int MAX_QUERY_LENGTH = 200;

    private ListFilters() {
    }

    public static boolean flag(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter(parameter, "must be true or false");
        };
    }

    public static java.time.LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return StrictDates.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badParameter(parameter, "must be a date as YYYY-MM-DD");
        }
    }

    /** A LIKE pattern for a case-insensitive text search, or null for no search. */
    static String containsPattern(String q, String parameter) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.badParameter(parameter, "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        String escaped = q.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
