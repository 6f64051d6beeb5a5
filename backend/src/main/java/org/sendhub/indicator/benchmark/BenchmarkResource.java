package org.sendhub.indicator.benchmark;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;
import org.sendhub.indicator.benchmark.BenchmarkDto.Benchmark;
import org.sendhub.indicator.catalogue.IndicatorCatalogue;

/** One place's figure against England, its region, its neighbours and any other place: Fingertips' answer. */
@Path("/api/v1/indicators/{code}/benchmark")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    /** More comparators than a chart or a table can show is a mistake, not a request. */
    static final int MAX_COMPARE_TO = 20;

    @Inject
    Access access;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    Benchmarks benchmarks;

    @GET
    public Benchmark benchmark(@PathParam("code") String code, @QueryParam("area") String area,
            @QueryParam("period") String period, @QueryParam("breakdown") String breakdown,
            @QueryParam("category") String category, @QueryParam("compareTo") List<String> compareTo,
            @QueryParam("confidence") String confidence, @QueryParam("series") String series) {
        if (area == null || area.isBlank()) {
            throw ProblemException.badParameter("area", "is required: the place to benchmark");
        }
        var level = ConfidenceLevel.parse(confidence);
        boolean withSeries = ListFilters.flag(series, "series");
        var others = compareTo(compareTo);
        var indicator = catalogue.find(code);
        access.checkIndicatorValuesOf(indicator.published, area);
        others.forEach(other -> access.checkIndicatorValuesOf(indicator.published, other));
        var key = new SeriesKey(indicator.code, orTotal(breakdown), orTotal(category));
        return benchmarks.benchmark(indicator, key, period == null || period.isBlank() ? null : period.trim(),
                withSeries, new Benchmarks.Request(area.trim(), others, level, i -> true,
                        access.caller()::readsIndicatorValuesOf));
    }

    /** The other places asked for, blank ones left out; at most {@link #MAX_COMPARE_TO}. */
    static List<String> compareTo(List<String> compareTo) {
        var others = compareTo.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
        if (others.size() > MAX_COMPARE_TO) {
            throw ProblemException.badParameter("compareTo", "names at most " + MAX_COMPARE_TO + " places");
        }
        return others;
    }

    private static String orTotal(String label) {
        return label == null || label.isBlank() ? SeriesKey.TOTAL : label.trim();
    }
}
