package org.sendhub.common.etag;

import java.util.regex.Pattern;

import org.sendhub.common.problem.ProblemException;

/** ETags are a record's version, quoted; If-Match must name the version being changed. */
public final class ETags {

    private static final Pattern QUOTED_VERSION = Pattern.compile("^(?:W/)?\"(\\d{1,9})\"$");

    private ETags() {
    }

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: none is 428, one that is not an ETag of ours 400. */
    public static int requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        var matcher = QUOTED_VERSION.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw ProblemException.badParameter("If-Match", "must be the record's ETag, such as \"3\"");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Refuses a change made from an older version, telling the caller what the record is now. */
    public static void requireCurrent(int expectedVersion, int currentVersion, Object currentRecord) {
        if (expectedVersion != currentVersion) {
            throw ProblemException.preconditionFailed(currentVersion, currentRecord);
        }
    }
}
