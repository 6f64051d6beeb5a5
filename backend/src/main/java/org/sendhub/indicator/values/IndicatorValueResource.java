package org.sendhub.indicator.values;

import java.io.BufferedOutputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;


/** Indicator values for analysts: JSON pages, or the whole pull as CSV. */
@Path("/api/v1/indicator-values")
public class IndicatorValueResource {

    public static final String CSV = "text/csv";

    @Inject
    Access access;

    @Inject
    IndicatorValueService values;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    public Response list(@QueryParam("indicator") List<String> indicators, @QueryParam("area") List<String> areas,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("breakdown") String breakdown,
            @QueryParam("category") String category, @QueryParam("format") String format,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context HttpHeaders headers) {
        var query = IndicatorValueQuery.of(access.indicatorValuesOf(areas), indicators, from, to, breakdown,
                category);
        if (wantsCsv(format, headers)) {
            StreamingOutput body = out -> {
                var buffered = new BufferedOutputStream(out, 1 << 16);
                values.writeCsv(query, buffered);
                buffered.flush();
            };
            return Response.ok(body, CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"sendhub-indicator-values-"
                            + LocalDate.now() + ".csv\"")
                    .build();
        }
        return Response.ok(values.page(query, PageRequest.of(page, size)), MediaType.APPLICATION_JSON).build();
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.badParameter("format", "must be csv or json");
            };
        }
        // Only when CSV is asked for by name: browsers and clients that accept anything get JSON.
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
    }
}
