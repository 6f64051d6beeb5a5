package org.sendhub.common.paging;

import java.util.Map;

import org.sendhub.common.problem.ProblemException;

import io.quarkus.panache.common.Sort;

/**
 * Turns a {@code sort} parameter such as {@code -updatedAt} into a Panache sort over the
 * allowed fields only, with the id last so that pages are stable.
 */
public final class SortOrder {

    private SortOrder() {
    }

    /**
     * @param allowed API field name to entity column(s), e.g. {@code "number" -> "number, title"}
     */
    public static Sort parse(String sort, String defaultSort, Map<String, String> allowed, String tieBreaker) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String columns = allowed.get(field);
        if (columns == null) {
            throw ProblemException.badParameter("sort",
                    "must be one of " + String.join(", ", allowed.keySet()) + ", with - before it for descending");
        }
        var direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort result = null;
        for (String column : columns.split(",\\s*")) {
            // Empty values sort last either way: a missing date is not the newest nor the oldest.
            result = result == null ? Sort.by(column, direction, Sort.NullPrecedence.NULLS_LAST)
                    : result.and(column, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        return result.and(tieBreaker);
    }
}
