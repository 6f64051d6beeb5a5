package org.sendhub.common.problem;

import java.util.List;

/**
 * A failure that the caller can act on. Thrown anywhere; {@link ProblemMappers} turns it into
 * an {@code application/problem+json} response.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final Integer currentVersion;
    private final Object current;
    private final List<Problem.RowError> rowErrors;
    private final Integer errorCount;
    private Integer retryAfterSeconds;

    private ProblemException(int status, String slug, String title, String detail, List<FieldError> errors,
            Integer currentVersion, Object current) {
        this(status, slug, title, detail, errors, currentVersion, current, null, null);
    }

    private ProblemException(int status, String slug, String title, String detail, List<FieldError> errors,
            Integer currentVersion, Object current, List<Problem.RowError> rowErrors, Integer errorCount) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.currentVersion = currentVersion;
        this.current = current;
        this.rowErrors = rowErrors;
        this.errorCount = errorCount;
    }

    /** A file with bad rows: nothing of it was written. */
    public static ProblemException badRows(List<Problem.RowError> rowErrors, int errorCount) {
        return new ProblemException(422, "bad-rows", "The file has bad rows",
                errorCount + (errorCount == 1 ? " row problem" : " row problems")
                        + " found; nothing was written. Fix them and send the whole file again.",
                null, null, null, rowErrors, errorCount);
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "bad-request", "The request could not be read", detail, errors, null, null);
    }

    public static ProblemException badParameter(String parameter, String message) {
        return badRequest("Query or path parameter '" + parameter + "' is not valid.",
                List.of(new FieldError(parameter, message)));
    }

    public static ProblemException unprocessable(List<FieldError> errors) {
        return new ProblemException(422, "validation", "The request breaks a rule",
                errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.", errors, null,
                null);
    }

    public static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Sign-in required",
                "Send a valid access token from the sendhub realm as 'Authorization: Bearer <token>'.", null, null,
                null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Not allowed", detail, null, null, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Already exists", detail, null, null, null);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "If-Match is required",
                "Send the record's ETag in If-Match, so that no one else's change is overwritten.", null, null, null);
    }

    public static ProblemException preconditionFailed(int currentVersion, Object current) {
        return new ProblemException(412, "stale-version", "The record has changed",
                "Someone changed this record since you read it (it is now at version " + currentVersion
                        + "). Nothing was changed: reload it, or send your change again with the new ETag.",
                null, currentVersion, current);
    }

    public static ProblemException payloadTooLarge(long limit) {
        return new ProblemException(413, "http-413", "The request body is too large",
                "This address takes a body of at most " + limit + " bytes.", null, null, null);
    }

    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        var e = new ProblemException(429, "too-many-requests", "Too many requests", detail, null, null, null);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    public static ProblemException unavailable(int retryAfterSeconds) {
        var e = new ProblemException(503, "unavailable", "Service unavailable",
                "The database cannot be reached just now. Nothing was changed; try again shortly.", null, null, null);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** Another request held the records this one needed (a deadlock, a lock wait cut short): rolled back. */
    public static ProblemException contended(int retryAfterSeconds) {
        return contended("Another change needed the same records at the same moment. Nothing was changed; try again.",
                retryAfterSeconds);
    }

    /** The same, saying what this request waited for. */
    public static ProblemException contended(String detail, int retryAfterSeconds) {
        var e = new ProblemException(503, "busy", "Try again", detail, null, null, null);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** Seconds the caller should wait before trying again (429, 503), or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem("/problems/" + slug, title, status, getMessage(), instance, errors, currentVersion,
                current, rowErrors, errorCount);
    }
}
