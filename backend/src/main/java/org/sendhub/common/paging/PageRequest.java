package org.sendhub.common.paging;

import org.sendhub.common.problem.ProblemException;

/** Validated {@code page} and {@code size} query parameters. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Takes the raw parameters, so that {@code size=abc} is a 400 that says why, not a 404. */
    public static PageRequest of(String page, String size) {
        int p = wholeNumber(page, "page", 0);
        int s = wholeNumber(size, "size", DEFAULT_SIZE);
        if (p < 0) {
            throw ProblemException.badParameter("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badParameter("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            // The first row of the page would be past any list PostgreSQL could hold.
            throw ProblemException.badParameter("page", "must be at most " + (Integer.MAX_VALUE / s) + " for size " + s);
        }
        return new PageRequest(p, s);
    }

    private static int wholeNumber(String value, String parameter, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(parameter, "must be a whole number");
        }
    }
}
