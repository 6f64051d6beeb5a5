package org.sendhub.localoffer;

import org.sendhub.common.problem.ProblemException;

/** ORUK's {@code page} (from 1) and {@code per_page} (1 to {@value #MAX_PER_PAGE}), checked. */
public record FeedPage(int number, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 100;

    public static FeedPage of(String page, String perPage) {
        int number = wholeNumber(page, "page", 1);
        int size = wholeNumber(perPage, "per_page", DEFAULT_PER_PAGE);
        if (number < 1) {
            throw ProblemException.badParameter("page", "must be 1 or more (the first page is 1)");
        }
        if (size < 1 || size > MAX_PER_PAGE) {
            throw ProblemException.badParameter("per_page", "must be between 1 and " + MAX_PER_PAGE);
        }
        if ((long) number * size > Integer.MAX_VALUE) {
            throw ProblemException.badParameter("page", "must be at most " + (Integer.MAX_VALUE / size)
                    + " for per_page " + size);
        }
        return new FeedPage(number, size);
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
