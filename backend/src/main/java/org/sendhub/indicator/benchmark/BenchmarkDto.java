package org.sendhub.indicator.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sendhub.geography.Closeness;
import org.sendhub.geography.GeographyDto.PlaceRef;
import org.sendhub.geography.PlaceLevel;
import org.sendhub.indicator.benchmark.TrendTest.RecentTrend;
import org.sendhub.indicator.catalogue.IndicatorUnit;
import org.sendhub.indicator.catalogue.Polarity;
import org.sendhub.indicator.values.ValueIntervals;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The benchmark answer and the area profile, as the API gives them. */
public final class BenchmarkDto {

    private BenchmarkDto() {
    }

    public record IndicatorRef(String code, String name, IndicatorUnit unit, Polarity polarity, String source,
            boolean published) {
    }

    public record PlaceView(String code, String name, PlaceLevel level, PlaceRef region) {
    }

    public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String note,
            String suppression, ValueIntervals intervals) {
    }

    public enum Role {
        @JsonProperty("place") PLACE,
        @JsonProperty("england") ENGLAND,
        @JsonProperty("region") REGION,
        @JsonProperty("neighbours_mean") NEIGHBOURS_MEAN,
        @JsonProperty("neighbour") NEIGHBOUR,
        @JsonProperty("icb") ICB,
        @JsonProperty("other") OTHER
    }

    public record Comparator(Role role, String code, String name, String period, BigDecimal value,
            String suppression, ValueIntervals intervals, Integer places, Integer neighbourRank,
            Closeness closeness, Significance significance, Judgement judgement, String method, String reason) {
    }

    public record SeriesPoint(String period, LocalDate periodStart, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, String suppression, String note, ValueIntervals intervals, Integer places) {
    }

    public record Series(Role role, String code, String name, List<SeriesPoint> points) {
    }

    public record Benchmark(IndicatorRef indicator, PlaceView place, String breakdown, String category,
            String period, LocalDate periodStart, BigDecimal confidenceLevel, Figure value,
            List<Comparator> comparators, Standing localAuthorities, RecentTrend trend, List<Series> series) {
    }

    public record Profile(PlaceView place, BigDecimal confidenceLevel, List<Benchmark> rows) {
    }
}
