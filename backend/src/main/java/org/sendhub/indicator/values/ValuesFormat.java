package org.sendhub.indicator.values;

import java.time.LocalDate;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.sendhub.common.problem.ProblemException;

/** How a caller asked for figures: JSON, the analysts' CSV, or the Fingertips columns. */
public enum ValuesFormat {
    JSON, CSV, FINGERTIPS;

    public static final String CSV_TYPE = "text/csv";

    /** By {@code format}, else by {@code Accept}: CSV only when asked for by name, JSON otherwise. */
    public static ValuesFormat of(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase()) {
                case "csv" -> CSV;
                case "json" -> JSON;
                case "fingertips" -> FINGERTIPS;
                default -> throw ProblemException.badParameter("format", "must be json, csv or fingertips");
            };
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype())) ? CSV : JSON;
    }

    /** A CSV download with a file name that says what and when. */
    public static Response download(String name, StreamingOutput body) {
        return Response.ok(body, CSV_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now() + ".csv\"")
                .build();
    }
}
