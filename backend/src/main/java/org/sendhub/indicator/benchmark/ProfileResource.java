package org.sendhub.indicator.benchmark;

import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sendhub.common.security.Access;
import org.sendhub.geography.Geography;
import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.indicator.values.IndicatorValueQuery;
import org.sendhub.indicator.values.ValuesFormat;

/** A place's profile: the benchmark of every indicator with figures for it (Fingertips' spine chart). */
@Path("/api/v1/geography/{code}/profile")
public class ProfileResource {

    @Inject
    Access access;

    @Inject
    Geography geography;

    @Inject
    IndicatorRepository indicators;

    @Inject
    Benchmarks benchmarks;

    @Inject
    FingertipsExport fingertips;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ValuesFormat.CSV_TYPE })
    public Response profile(@PathParam("code") String code, @QueryParam("compareTo") List<String> compareTo,
            @QueryParam("confidence") String confidence, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        var level = ConfidenceLevel.parse(confidence);
        var others = BenchmarkResource.compareTo(compareTo);
        var wanted = ValuesFormat.of(format, headers);
        var place = geography.get(code);
        String fileName = "sendhub-profile-" + place.code();
        if (wanted == ValuesFormat.FINGERTIPS) {
            var query = IndicatorValueQuery.of(access.indicatorValuesOf(List.of(place.code())), List.of(), null, null,
                    null, null);
            return ValuesFormat.download(fileName + "-fingertips", out -> {
                var writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
                fingertips.write(query, writer, access.caller()::readsIndicatorValuesOf);
                writer.flush();
            });
        }
        var caller = access.caller();
        boolean readsLocal = caller.readsIndicatorValuesOf(place.code());
        var profile = benchmarks.profile(indicators.list("archived", false), new Benchmarks.Request(place.code(),
                others, level, indicator -> indicator.published || readsLocal, caller::readsIndicatorValuesOf));
        if (wanted == ValuesFormat.CSV) {
            return ValuesFormat.download(fileName, out -> {
                var writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
                ProfileCsv.write(profile, writer);
                writer.flush();
            });
        }
        return Response.ok(profile, MediaType.APPLICATION_JSON).build();
    }
}
