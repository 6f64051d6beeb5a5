package org.sendhub.common.paging;

import java.util.OptionalLong;

import org.sendhub.common.problem.ProblemException;

/** Validated {@code page} and {@code size} query parameters. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private static final Rules API = new Rules("page", 0, "size", DEFAULT_SIZE, MAX_SIZE);

    /**
     * The list's total when this page's rows tell it, so no count need be asked for: a page that has
     * rows and is not full is the last, and so is an empty first page. A full page, or an empty one
     * past the first, does not tell.
     */
    public OptionalLong totalShownBy(int rowsOnPage) {
        boolean last = rowsOnPage < size && (rowsOnPage > 0 || page == 0);
        return last ? OptionalLong.of((long) page * size + rowsOnPage) : OptionalLong.empty();
    }

    /** Takes the raw parameters, so that {@code size=abc} is a 400 that says why, not a 404. */
    public static PageRequest of(String page, String size) {
        return API.check(page, size);
    }

    /**
     * How an endpoint names and numbers its pages (the API's {@code page} from 0 and {@code size};
     * the Local Offer feed's {@code page} from 1 and {@code per_page}), checked the same way for all.
     */
    public record Rules(String pageName, int firstPage, String sizeName, int defaultSize, int maxSize) {

        /** Whole numbers, in range, and a first row PostgreSQL could reach; else a 400 naming the parameter. */
        public PageRequest check(String page, String size) {
            int p = wholeNumber(page, pageName, firstPage);
            int s = wholeNumber(size, sizeName, defaultSize);
            if (p < firstPage) {
                throw ProblemException.badParameter(pageName,
                        "must be " + firstPage + " or more (the first page is " + firstPage + ")");
            }
            if (s < 1 || s > maxSize) {
                throw ProblemException.badParameter(sizeName, "must be between 1 and " + maxSize);
            }
            if ((long) p * s > Integer.MAX_VALUE) {
                // The first row of the page would be past any list PostgreSQL could hold.
                throw ProblemException.badParameter(pageName,
                        "must be at most " + (Integer.MAX_VALUE / s) + " for " + sizeName + " " + s);
            }
            return new PageRequest(p, s);
        }
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
