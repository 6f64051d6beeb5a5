package org.sendhub.indicator.importing;

import java.util.ArrayList;
import java.util.List;

import org.sendhub.common.problem.Problem.RowError;

/** The bad rows of a file: every one counted, the first thousand reported. */
final class RowErrors {

    private static final int MAX_REPORTED = 1000;

    final List<RowError> reported = new ArrayList<>();
    int count;

    void add(int line, String column, String message) {
        count++;
        if (reported.size() < MAX_REPORTED) {
            reported.add(new RowError(line, column, message));
        }
    }
}
