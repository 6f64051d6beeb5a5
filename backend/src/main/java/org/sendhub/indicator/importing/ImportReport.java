package org.sendhub.indicator.importing;

import java.util.List;

/** What an import did, or would do with {@code dryRun}. */
public record ImportReport(boolean dryRun, long rows, long inserted, long updated, long unchanged,
        List<String> areaCodes, List<String> indicatorCodes) {
}
