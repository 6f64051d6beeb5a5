package org.sendhub.indicator.values;

import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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

import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.security.Access;
import org.sendhub.indicator.benchmark.FingertipsExport;

/** Indicator values for analysts: JSON pages, or the whole pull as CSV (the analysts' or Fingertips' columns). */
@Path("/api/v1/indicator-values")
public class IndicatorValueResource {

    @Inject
    Access access;

    @Inject
    IndicatorValueService values;

    @Inject
    FingertipsExport fingertips;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ValuesFormat.CSV_TYPE })
    public Response list(@QueryParam("indicator") List<String> indicators, @QueryParam("area") List<String> areas,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("breakdown") String breakdown,
            @QueryParam("category") String category, @QueryParam("format") String format,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context HttpHeaders headers) {
        var query = IndicatorValueQuery.of(access.indicatorValuesOf(areas), indicators, from, to, breakdown,
                category);
        return switch (ValuesFormat.of(format, headers)) {
            case JSON -> Response.ok(values.page(query, PageRequest.of(page, size)), MediaType.APPLICATION_JSON)
                    .build();
            case CSV -> ValuesFormat.download("sendhub-indicator-values", out -> {
                var buffered = new BufferedOutputStream(out, 1 << 16);
                values.writeCsv(query, buffered);
                buffered.flush();
            });
            case FINGERTIPS -> ValuesFormat.download("sendhub-indicator-values-fingertips", out -> {
                var writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
                fingertips.write(query, writer, access.caller()::readsIndicatorValuesOf);
                writer.flush();
            });
        };
    }
}
