package org.sendhub.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        Integer currentVersion,
        Object current,
        List<RowError> rowErrors,
        Integer errorCount) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A bad row of an uploaded file: where, and why. */
    public record RowError(int line, String column, String message) {
    }

    /** A problem with no fields of its own beyond RFC 9457's. */
    public static Problem of(String type, String title, int status, String detail, String instance) {
        return new Problem(type, title, status, detail, instance, null, null, null, null, null);
    }
}
