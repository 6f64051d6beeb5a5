package org.sendhub.indicator.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sendhub.area.AreaRepository;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.geography.Geography;
import org.sendhub.geography.GeographyDto.Neighbour;
import org.sendhub.geography.GeographyDto.PlaceRef;
import org.sendhub.geography.GeographyDto.PlaceView;
import org.sendhub.geography.PlaceLevel;
import org.sendhub.indicator.benchmark.BenchmarkDto.Benchmark;
import org.sendhub.indicator.benchmark.BenchmarkDto.Figure;
import org.sendhub.indicator.benchmark.BenchmarkDto.IndicatorRef;
import org.sendhub.indicator.benchmark.BenchmarkDto.Profile;
import org.sendhub.indicator.benchmark.BenchmarkDto.Role;
import org.sendhub.indicator.benchmark.BenchmarkDto.Series;
import org.sendhub.indicator.benchmark.BenchmarkDto.SeriesPoint;
import org.sendhub.indicator.benchmark.BenchmarkReader.PeerFigures;
import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.values.ValueIntervals;

/**
 * The benchmark answer (DOMAIN.md "Benchmarking"): a place's figure against England, its region,
 * its statistical neighbours (their mean and each one), its ICB and other named places; its rank
 * and quartile among local authorities; and its recent trend. The profile is the same answer for
 * every indicator at once, read in the same few queries.
 */
@ApplicationScoped
public class Benchmarks {

    /** A request for one place: which indicators the caller reads there, at what level, against whom. */
    public record Request(String place, List<String> compareTo, ConfidenceLevel level,
            Predicate<Indicator> readsHere, Predicate<String> readsLocalFiguresOf) {
    }

    @Inject
    BenchmarkReader reader;

    @Inject
    Geography geography;

    @Inject
    AreaRepository areas;

    /** One series of one indicator, at {@code period} or the place's latest. */
    public Benchmark benchmark(Indicator indicator, SeriesKey key, String period, boolean withSeries,
            Request request) {
        var context = context(request);
        var series = reader.seriesOf(request.place(), List.of(indicator.code)).getOrDefault(key, List.of());
        if (series.isEmpty()) {
            throw ProblemException.notFound("No figures of " + indicator.name + " for " + context.place().name()
                    + (key.isTotal() ? "" : " (" + key.breakdown() + ": " + key.category() + ")") + ".");
        }
        var at = period == null ? series.get(series.size() - 1)
                : series.stream().filter(row -> row.period().equals(period)).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("No figure of " + indicator.name + " for "
                                + context.place().name() + " in " + period + "."));
        var peers = reader.figuresAt(Map.of(key, at.period()), context.namedPlaces())
                .getOrDefault(key, PeerFigures.none());
        var answer = answer(indicator, context, series, at, peers, request);
        return withSeries ? withSeries(answer, indicator, context, key, series, request) : answer;
    }

    /** Every indicator the caller reads with figures for the place: headline figures, else each category. */
    public Profile profile(Collection<Indicator> catalogue, Request request) {
        var context = context(request);
        var readable = new LinkedHashMap<String, Indicator>();
        catalogue.stream().filter(request.readsHere()).forEach(i -> readable.put(i.code, i));
        var seriesByKey = reader.seriesOf(request.place(), readable.keySet());
        var chosen = profileSeries(seriesByKey);
        var periods = new LinkedHashMap<SeriesKey, String>();
        chosen.forEach(key -> {
            var rows = seriesByKey.get(key);
            periods.put(key, rows.get(rows.size() - 1).period());
        });
        var peers = reader.figuresAt(periods, context.namedPlaces());
        var rows = new ArrayList<Benchmark>();
        for (var key : chosen) {
            var series = seriesByKey.get(key);
            rows.add(answer(readable.get(key.indicator()), context, series, series.get(series.size() - 1),
                    peers.getOrDefault(key, PeerFigures.none()), request));
        }
        rows.sort(Comparator.comparing((Benchmark b) -> b.indicator().name()).thenComparing(Benchmark::breakdown)
                .thenComparing(Benchmark::category));
        return new Profile(context.place(), request.level().percent, rows);
    }

    /** An indicator's headline series when the place has one, else every category of its first breakdown. */
    private static List<SeriesKey> profileSeries(Map<SeriesKey, List<FigureRow>> seriesByKey) {
        var byIndicator = new TreeMap<String, List<SeriesKey>>();
        seriesByKey.keySet().forEach(key -> byIndicator.computeIfAbsent(key.indicator(), k -> new ArrayList<>())
                .add(key));
        var chosen = new ArrayList<SeriesKey>();
        byIndicator.values().forEach(keys -> {
            var total = keys.stream().filter(SeriesKey::isTotal).findFirst();
            if (total.isPresent()) {
                chosen.add(total.get());
            } else {
                String first = keys.stream().map(SeriesKey::breakdown).sorted().findFirst().orElseThrow();
                keys.stream().filter(k -> k.breakdown().equals(first)).forEach(chosen::add);
            }
        });
        return chosen;
    }

    private Benchmark answer(Indicator indicator, PlaceContext context, List<FigureRow> series, FigureRow at,
            PeerFigures peers, Request request) {
        String unit = unit(indicator);
        var intervals = at.intervals(unit);
        var readable = readableFigures(indicator, peers, request);
        var comparison = new Comparison(indicator, context.place().name(), at, intervals, request.level());
        var laValues = peers.localAuthorities().stream().filter(row -> readable.containsKey(row.areaCode()))
                .map(FigureRow::value).filter(Objects::nonNull).toList();
        boolean isLocalAuthority = context.place().level() == PlaceLevel.LOCAL_AUTHORITY;
        var standing = Standing.of(isLocalAuthority ? at.value() : null, laValues, indicator.polarity,
                !isLocalAuthority ? "Ranks are among local authorities; " + context.place().name() + " is not one."
                        : context.place().name() + "'s figure for " + at.period() + " is withheld.");
        var trend = TrendTest.of(series.stream().map(FigureRow::point).toList(), testsTrend(unit),
                indicator.polarity);
        return new Benchmark(reference(indicator), context.place(), at.breakdown(), at.category(), at.period(),
                at.periodStart(), request.level().percent, new Figure(at.value(), at.numerator(), at.denominator(),
                        at.note(), at.suppression(), intervals),
                comparators(comparison, context, readable), standing, trend, null);
    }

    /** England, the region, the neighbours' mean and each neighbour, the ICB, then the places asked for. */
    private static List<BenchmarkDto.Comparator> comparators(Comparison comparison, PlaceContext context,
            Map<String, FigureRow> readable) {
        var comparators = new ArrayList<BenchmarkDto.Comparator>();
        for (var headline : context.headline()) {
            comparators.add(comparison.with(headline.role(), headline.place(),
                    readable.get(headline.place().code()), null, null));
        }
        if (!context.neighbours().isEmpty()) {
            comparators.add(comparison.withNeighboursMean(context.neighbours().stream()
                    .map(n -> readable.get(n.code())).filter(Objects::nonNull).toList()));
            for (var neighbour : context.neighbours()) {
                comparators.add(comparison.with(Role.NEIGHBOUR, new PlaceRef(neighbour.code(), neighbour.name()),
                        readable.get(neighbour.code()), neighbour.rank(), neighbour.closeness()));
            }
        }
        if (context.icb() != null) {
            comparators.add(comparison.with(Role.ICB, context.icb(), readable.get(context.icb().code()), null,
                    null));
        }
        for (var other : context.others()) {
            comparators.add(comparison.with(Role.OTHER, other, readable.get(other.code()), null, null));
        }
        return comparators;
    }

    /** The figures the caller may read: all of a published indicator's, a local one's where allowed. */
    private static Map<String, FigureRow> readableFigures(Indicator indicator, PeerFigures peers, Request request) {
        if (indicator.published) {
            return peers.byPlace();
        }
        var out = new LinkedHashMap<String, FigureRow>();
        peers.byPlace().forEach((code, row) -> {
            if (request.readsLocalFiguresOf().test(code)) {
                out.put(code, row);
            }
        });
        return out;
    }

    private Benchmark withSeries(Benchmark answer, Indicator indicator, PlaceContext context, SeriesKey key,
            List<FigureRow> placeSeries, Request request) {
        String unit = unit(indicator);
        var codes = new LinkedHashSet<String>();
        context.headline().forEach(h -> codes.add(h.place().code()));
        context.neighbours().forEach(n -> codes.add(n.code()));
        context.others().forEach(p -> codes.add(p.code()));
        var byPlace = new LinkedHashMap<String, List<FigureRow>>();
        reader.seriesOfPlaces(key, codes).stream()
                .filter(row -> indicator.published || request.readsLocalFiguresOf().test(row.areaCode()))
                .forEach(row -> byPlace.computeIfAbsent(row.areaCode(), c -> new ArrayList<>()).add(row));
        var series = new ArrayList<Series>();
        series.add(new Series(Role.PLACE, context.place().code(), context.place().name(), points(placeSeries, unit)));
        context.headline().forEach(h -> series.add(new Series(h.role(), h.place().code(), h.place().name(),
                points(byPlace.getOrDefault(h.place().code(), List.of()), unit))));
        if (!context.neighbours().isEmpty()) {
            var neighbourRows = context.neighbours().stream()
                    .flatMap(n -> byPlace.getOrDefault(n.code(), List.of()).stream()).toList();
            series.add(new Series(Role.NEIGHBOURS_MEAN, null, "Statistical neighbours' mean",
                    NeighboursMean.series(neighbourRows)));
        }
        context.others().forEach(place -> series.add(new Series(Role.OTHER, place.code(), place.name(),
                points(byPlace.getOrDefault(place.code(), List.of()), unit))));
        return new Benchmark(answer.indicator(), answer.place(), answer.breakdown(), answer.category(),
                answer.period(), answer.periodStart(), answer.confidenceLevel(), answer.value(),
                answer.comparators(), answer.localAuthorities(), answer.trend(), series);
    }

    private static List<SeriesPoint> points(List<FigureRow> rows, String unit) {
        return rows.stream().map(row -> new SeriesPoint(row.period(), row.periodStart(), row.value(), row.numerator(), row.denominator(),
                row.suppression(), row.note(), row.intervals(unit), null)).toList();
    }

    /** The place, its region, neighbours and ICB, and the other places asked for. */
    record PlaceContext(BenchmarkDto.PlaceView place, List<Neighbour> neighbours,
            PlaceRef icb, List<PlaceRef> others) {

        /** A comparator every place has: England (unless the place is England) and its region. */
        record Headline(Role role, PlaceRef place) {
        }

        List<Headline> headline() {
            var headline = new ArrayList<Headline>();
            if (!Geography.ENGLAND.equals(place.code())) {
                headline.add(new Headline(Role.ENGLAND, new PlaceRef(Geography.ENGLAND, "England")));
            }
            if (place.region() != null) {
                headline.add(new Headline(Role.REGION, place.region()));
            }
            return headline;
        }

        /** Every place whose figure a comparison may need. */
        List<String> namedPlaces() {
            var codes = new ArrayList<String>();
            codes.add(Geography.ENGLAND);
            if (place.region() != null) {
                codes.add(place.region().code());
            }
            neighbours.forEach(n -> codes.add(n.code()));
            if (icb != null) {
                codes.add(icb.code());
            }
            others.forEach(o -> codes.add(o.code()));
            return codes;
        }
    }

    private PlaceContext context(Request request) {
        PlaceView place = geography.get(request.place());
        var area = areas.findById(place.code());
        PlaceRef icb = area == null || area.icbCode == null ? null : new PlaceRef(area.icbCode, area.icbName);
        var others = new ArrayList<PlaceRef>();
        for (String code : new LinkedHashSet<>(request.compareTo())) {
            if (!code.equals(place.code())) {
                var other = geography.get(code);
                others.add(new PlaceRef(other.code(), other.name()));
            }
        }
        return new PlaceContext(new BenchmarkDto.PlaceView(place.code(), place.name(), place.level(), place.region()),
                place.neighbours(), icb, others);
    }

    static IndicatorRef reference(Indicator indicator) {
        return new IndicatorRef(indicator.code, indicator.name, indicator.unit, indicator.polarity, indicator.source,
                indicator.published);
    }

    /** The unit as the value views spell it, for {@link ValueIntervals#of}. */
    static String unit(Indicator indicator) {
        return indicator.unit == null ? null : indicator.unit.name().toLowerCase();
    }

    /** Fingertips tests for trend only proportions and crude rates of counts. */
    static boolean testsTrend(String unit) {
        return "percent".equals(unit) || "rate_per_1000".equals(unit);
    }

    /** A count is never compared between places: they differ in size. */
    static boolean isCount(String unit) {
        return "count".equals(unit);
    }
}
