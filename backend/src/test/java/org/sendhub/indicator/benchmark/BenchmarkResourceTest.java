package org.sendhub.indicator.benchmark;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.indicator.values.ConfidenceIntervals;
import org.sendhub.testsupport.ContractFilter;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The benchmark answer and the area profile on figures whose answers the test works out itself. */
@QuarkusTest
class BenchmarkResourceTest {

    static final String ENGLAND = "E92000001";
    static final String NORTH_WEST = "E12000002";
    static final String MANCHESTER = "E08000003";
    static final String NOTTINGHAM = "E06000018";
    static final String BIRMINGHAM = "E08000025";
    static final String NEWCASTLE = "E08000021";
    static final String TAMESIDE = "E08000008";
    static final String WIGAN = "E08000010";
    static final String HEADER = "indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,"
            + "category,value,numerator,denominator,lower_ci,upper_ci,unit,note,suppression";

    /** Manchester's rising share, 2019 to 2023: 500, 550, ... 700 of 1,000. */
    static final int[] MANCHESTER_EVENTS = { 500, 550, 600, 650, 700 };
    /** Every local authority's 2023 figure as events of 100 (Manchester's is 70%). */
    static final Map<String, Integer> LA_2023 = Map.of(NOTTINGHAM, 60, BIRMINGHAM, 80, TAMESIDE, 40, WIGAN, 90);

    String code;

    @BeforeEach
    void figures() {
        code = Fixtures.unique("bm").toLowerCase().replaceAll("[^a-z0-9_]", "_");
        indicator(code, "percent", "higher_is_better", true);
        var rows = new ArrayList<String>();
        for (int i = 0; i < MANCHESTER_EVENTS.length; i++) {
            int year = 2019 + i;
            rows.add(row(code, MANCHESTER, year, percent(MANCHESTER_EVENTS[i], 1000), MANCHESTER_EVENTS[i], 1000, ""));
        }
        rows.add(row(code, ENGLAND, 2023, "50.0", 50_000, 100_000, ""));
        rows.add(row(code, ENGLAND, 2022, "71.0", 71_000, 100_000, ""));
        rows.add(row(code, NORTH_WEST, 2023, "69.0", 6_900, 10_000, ""));
        LA_2023.forEach((la, events) -> rows.add(row(code, la, 2023, percent(events, 100), events, 100, "")));
        rows.add(row(code, NEWCASTLE, 2023, "", null, null, "c"));
        importRows(rows);
    }

    static void indicator(String code, String unit, String polarity, boolean published) {
        as(Tokens.admin()).body(Map.of("code", code, "name", "Benchmark test " + code, "unit", unit, "polarity",
                polarity, "published", published)).post("/api/v1/indicators").then().statusCode(201);
    }

    static String percent(int events, int total) {
        return String.valueOf(100.0 * events / total);
    }

    static String row(String code, String area, int year, String value, Integer numerator, Integer denominator,
            String suppression) {
        return String.join(",", code, "x", area, "x", String.valueOf(year), year + "-01-01", "total", "total", value,
                numerator == null ? "" : numerator.toString(), denominator == null ? "" : denominator.toString(), "",
                "", "", "", suppression);
    }

    static void importRows(List<String> rows) {
        given().filter(new ContractFilter()).auth().oauth2(Tokens.admin()).contentType("text/csv")
                .accept("application/json").body(HEADER + "\n" + String.join("\n", rows) + "\n")
                .post("/api/v1/indicator-values/import").then().statusCode(200);
    }

    static Map<String, Object> comparator(List<Map<String, Object>> comparators, String role, String code) {
        return comparators.stream().filter(c -> c.get("role").equals(role)
                && (code == null || code.equals(c.get("code")))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " " + code + " in " + comparators));
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @Test
    void theLatestFigureAgainstEnglandRegionAndNeighbours() {
        var body = as(Tokens.viewer(TAMESIDE)).queryParam("area", MANCHESTER)
                .get("/api/v1/indicators/" + code + "/benchmark").then().statusCode(200)
                .body("period", equalTo("2023")).body("confidenceLevel", equalTo(95))
                .body("value.intervals.method", equalTo("wilson")).extract().jsonPath();
        var wilson = ConfidenceIntervals.wilson(700, 1000, 0.95);
        assertEquals(wilson.lower() * 100, body.getDouble("value.intervals.ci95.lower"), 1e-3);
        List<Map<String, Object>> comparators = body.getList("comparators");

        var england = comparator(comparators, "england", ENGLAND);
        assertEquals("higher", england.get("significance"), "England's 50% is below Manchester's interval");
        assertEquals("better", england.get("judgement"));
        assertEquals("ci95_against_value", england.get("method"));
        var region = comparator(comparators, "region", NORTH_WEST);
        assertEquals("similar", region.get("significance"), "69% is inside Manchester's interval");
        assertEquals("similar", region.get("judgement"));

        var mean = comparator(comparators, "neighbours_mean", null);
        assertEquals(2, mean.get("places"), "Nottingham and Birmingham have figures; Newcastle's is withheld");
        assertEquals((60 + 80) / 2.0, number(mean.get("value")), 1e-9);
        var newcastle = comparator(comparators, "neighbour", NEWCASTLE);
        assertEquals("not_compared", newcastle.get("significance"));
        assertEquals("c", newcastle.get("suppression"));
        assertTrue(((String) newcastle.get("reason")).contains("withheld"));
        assertEquals(10, comparators.stream().filter(c -> c.get("role").equals("neighbour")).count());
        assertEquals(1, comparator(comparators, "neighbour", NOTTINGHAM).get("neighbourRank"));
        assertEquals("lower", comparator(comparators, "neighbour", BIRMINGHAM).get("significance"));

        var laValues = new ArrayList<>(LA_2023.values().stream().map(v -> v * 10).toList());
        laValues.add(700);
        long ahead = laValues.stream().filter(v -> v > 700).count();
        assertEquals(ahead + 1, body.getLong("localAuthorities.rank"));
        assertEquals(laValues.size(), body.getInt("localAuthorities.of"));
        assertEquals(1 + ahead * 4 / laValues.size(), body.getLong("localAuthorities.quartile"));
        Collections.sort(laValues);
        assertEquals(laValues.get(0) / 10.0, body.getDouble("localAuthorities.lowest"), 1e-9);
        assertEquals(laValues.get(laValues.size() / 2) / 10.0, body.getDouble("localAuthorities.median"), 1e-9);

        double[] events = IntStream.of(MANCHESTER_EVENTS).asDoubleStream().toArray();
        double[] totals = { 1000, 1000, 1000, 1000, 1000 };
        assertEquals(TrendTestTest.weightedRegression(events, totals), body.getDouble("trend.statistic"), 1e-4);
        assertEquals("increasing", body.getString("trend.result"));
        assertEquals("better", body.getString("trend.judgement"));
        assertEquals(List.of("2019", "2020", "2021", "2022", "2023"), body.getList("trend.periods"));
        assertNull(body.get("series"));
    }

    @Test
    void anEarlierPeriodComparesWithThatPeriodsFigures() {
        var comparators = as(Tokens.analyst()).queryParam("area", MANCHESTER).queryParam("period", "2022")
                .get("/api/v1/indicators/" + code + "/benchmark").then().statusCode(200)
                .body("period", equalTo("2022")).extract().jsonPath().<Map<String, Object>>getList("comparators");
        var england = comparator(comparators, "england", ENGLAND);
        assertEquals(71.0, number(england.get("value")), 1e-9);
        assertEquals("lower", england.get("significance"), "65% of 1,000 is below England's 71%");
        var region = comparator(comparators, "region", NORTH_WEST);
        assertNull(region.get("value"));
        assertTrue(((String) region.get("reason")).contains("No figure for 2022"));
    }

    @Test
    void at998TheIntervalIsWiderAndAPlaceNamedIsCompared() {
        var body = as(Tokens.analyst()).queryParam("area", MANCHESTER).queryParam("confidence", "99.8")
                .queryParam("compareTo", WIGAN).queryParam("compareTo", "E06000001")
                .get("/api/v1/indicators/" + code + "/benchmark").then().statusCode(200)
                .body("confidenceLevel", equalTo(99.8f)).extract().jsonPath();
        List<Map<String, Object>> comparators = body.getList("comparators");
        var wigan = comparator(comparators, "other", WIGAN);
        assertEquals("lower", wigan.get("significance"));
        assertEquals("ci998_against_value", wigan.get("method"));
        var hartlepool = comparator(comparators, "other", "E06000001");
        assertEquals("not_compared", hartlepool.get("significance"));
        assertNull(hartlepool.get("value"));
    }

    @Test
    void theSeriesGiveEnglandTheRegionAndTheNeighboursMeanByPeriodStart() {
        var series = as(Tokens.analyst()).queryParam("area", MANCHESTER).queryParam("series", "true")
                .get("/api/v1/indicators/" + code + "/benchmark").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("series");
        assertEquals(List.of("place", "england", "region", "neighbours_mean"),
                series.stream().map(s -> s.get("role")).toList());
        @SuppressWarnings("unchecked")
        var place = (List<Map<String, Object>>) series.get(0).get("points");
        assertEquals(List.of("2019", "2020", "2021", "2022", "2023"), place.stream().map(p -> p.get("period")).toList());
        // Each point carries its numerator and denominator, as the charts' downloads need them.
        for (int i = 0; i < MANCHESTER_EVENTS.length; i++) {
            assertEquals(MANCHESTER_EVENTS[i], ((Number) place.get(i).get("numerator")).intValue());
            assertEquals(1000, ((Number) place.get(i).get("denominator")).intValue());
        }
        @SuppressWarnings("unchecked")
        var england = (List<Map<String, Object>>) series.get(1).get("points");
        assertEquals(List.of("2022", "2023"), england.stream().map(p -> p.get("period")).toList());
        @SuppressWarnings("unchecked")
        var mean = (List<Map<String, Object>>) series.get(3).get("points");
        assertEquals(1, mean.size());
        assertEquals(2, mean.get(0).get("places"));
        assertNull(mean.get(0).get("numerator"));
    }

    @Test
    void aCountIsRankedButNeverComparedOrTestedForTrend() {
        String count = code + "_n";
        indicator(count, "count", "no_judgement", true);
        importRows(List.of(row(count, MANCHESTER, 2023, "5000", null, null, ""),
                row(count, ENGLAND, 2023, "400000", null, null, ""),
                row(count, TAMESIDE, 2023, "1200", null, null, "")));
        var body = as(Tokens.viewer(MANCHESTER)).queryParam("area", MANCHESTER)
                .get("/api/v1/indicators/" + count + "/benchmark").then().statusCode(200)
                .body("value.intervals.method", equalTo("byars")).extract().jsonPath();
        var england = comparator(body.getList("comparators"), "england", ENGLAND);
        assertEquals("not_compared", england.get("significance"));
        assertNull(england.get("judgement"));
        assertTrue(((String) england.get("reason")).contains("count"), (String) england.get("reason"));
        assertEquals(1, body.getInt("localAuthorities.rank"));
        assertEquals("highest_first", body.getString("localAuthorities.ordering"));
        assertEquals("cannot_be_calculated", body.getString("trend.result"));
        assertNotNull(body.getString("trend.reason"));
    }

    @Test
    void aLocalIndicatorIsBenchmarkedOnlyAgainstWhatTheCallerReads() {
        String local = code + "_l";
        indicator(local, "percent", "higher_is_better", false);
        importRows(List.of(row(local, MANCHESTER, 2023, "70.0", 70, 100, ""),
                row(local, TAMESIDE, 2023, "90.0", 90, 100, "")));
        as(Tokens.viewer(TAMESIDE)).queryParam("area", MANCHESTER).get("/api/v1/indicators/" + local + "/benchmark")
                .then().statusCode(404);
        as(Tokens.viewer(MANCHESTER)).queryParam("area", MANCHESTER)
                .get("/api/v1/indicators/" + local + "/benchmark").then().statusCode(200)
                .body("localAuthorities.rank", equalTo(1)).body("localAuthorities.of", equalTo(1));
        as(Tokens.analyst()).queryParam("area", MANCHESTER).get("/api/v1/indicators/" + local + "/benchmark")
                .then().statusCode(200).body("localAuthorities.rank", equalTo(2))
                .body("localAuthorities.of", equalTo(2));
    }

    @Test
    void badRequestsAreClearProblems() {
        String path = "/api/v1/indicators/" + code + "/benchmark";
        as(Tokens.analyst()).get(path).then().statusCode(400).body("errors.field", hasItem("area"));
        as(Tokens.analyst()).queryParam("area", MANCHESTER).queryParam("confidence", "90").get(path).then()
                .statusCode(400).body("errors.field", hasItem("confidence"));
        as(Tokens.analyst()).queryParam("area", MANCHESTER).queryParam("series", "maybe").get(path).then()
                .statusCode(400).body("errors.field", hasItem("series"));
        var many = as(Tokens.analyst()).queryParam("area", MANCHESTER);
        for (int i = 1; i <= 21; i++) {
            many = many.queryParam("compareTo", String.format("E06%06d", i));
        }
        many.get(path).then().statusCode(400).body("errors.field", hasItem("compareTo"));
        as(Tokens.analyst()).queryParam("area", "E08999999").get(path).then().statusCode(404);
        as(Tokens.analyst()).queryParam("area", "'; drop table place; --").get(path).then().statusCode(404);
        as(Tokens.analyst()).queryParam("area", "E06000001").get(path).then().statusCode(404)
                .body("detail", containsString("No figures"));
        as(Tokens.analyst()).queryParam("area", MANCHESTER).queryParam("period", "1999").get(path).then()
                .statusCode(404);
        as(Tokens.analyst()).queryParam("area", MANCHESTER).get("/api/v1/indicators/no_such_code/benchmark").then()
                .statusCode(404);
        given().queryParam("area", MANCHESTER).get(path).then().statusCode(401);
    }

    @Test
    void theProfileHoldsTheSameAnswerAsJsonAndCsv() throws IOException {
        var rows = as(Tokens.viewer(TAMESIDE)).get("/api/v1/geography/" + MANCHESTER + "/profile").then()
                .statusCode(200).body("place.name", equalTo("Manchester")).extract().jsonPath()
                .<Map<String, Object>>getList("rows");
        var mine = rows.stream().filter(r -> ((Map<?, ?>) r.get("indicator")).get("code").equals(code)).findFirst()
                .orElseThrow();
        var single = as(Tokens.viewer(TAMESIDE)).queryParam("area", MANCHESTER)
                .get("/api/v1/indicators/" + code + "/benchmark").then().extract().jsonPath().<Object>get("$");
        assertEquals(single, mine, "the profile's row is the benchmark answer");
        var names = rows.stream().map(r -> (String) ((Map<?, ?>) r.get("indicator")).get("name")).toList();
        assertEquals(names.stream().sorted().toList(), names, "ordered by indicator name");

        String csv = as(Tokens.viewer(TAMESIDE)).queryParam("format", "csv")
                .get("/api/v1/geography/" + MANCHESTER + "/profile").then().statusCode(200)
                .header("Content-Disposition", containsString("sendhub-profile-E08000003")).extract().asString();
        var records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv));
        assertEquals(ProfileCsv.COLUMNS, records.getHeaderNames());
        CSVRecord line = records.getRecords().stream().filter(r -> r.get("indicator_code").equals(code)).findFirst()
                .orElseThrow();
        assertEquals("better", line.get("compared_to_england"));
        assertEquals("similar", line.get("compared_to_region"));
        assertEquals("increasing", line.get("recent_trend"));
        assertEquals("2", line.get("neighbours_with_value"));
    }

    @Test
    void theFingertipsColumnsCarryComparisonsAndTheTrend() throws IOException {
        String csv = as(Tokens.analyst()).queryParam("indicator", code).queryParam("format", "fingertips")
                .get("/api/v1/indicator-values").then().statusCode(200)
                .header("Content-Disposition", containsString("fingertips")).extract().asString();
        var records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv));
        assertEquals(FingertipsExport.COLUMNS, records.getHeaderNames());
        var all = records.getRecords();
        var manchester2023 = all.stream().filter(r -> r.get("AreaCode").equals(MANCHESTER)
                && r.get("Timeperiod").equals("2023")).findFirst().orElseThrow();
        assertEquals("Better 95%", manchester2023.get("ComparedtoEnglandvalueorpercentiles"));
        assertEquals("Similar", manchester2023.get("ComparedtoRegionvalueorpercentiles"));
        assertEquals("Increasing and getting better", manchester2023.get("RecentTrend"));
        assertEquals(NORTH_WEST, manchester2023.get("ParentCode"));
        assertEquals("Counties & UAs", manchester2023.get("AreaType"));
        assertEquals("700", manchester2023.get("Count"));
        assertEquals("Persons", manchester2023.get("Sex"));
        assertEquals("20230101", manchester2023.get("TimeperiodSortable"));
        var wilson998 = ConfidenceIntervals.wilson(700, 1000, 0.998);
        assertEquals(wilson998.upper() * 100, Double.parseDouble(manchester2023.get("UpperCI99.8limit")), 1e-3);
        var manchester2022 = all.stream().filter(r -> r.get("AreaCode").equals(MANCHESTER)
                && r.get("Timeperiod").equals("2022")).findFirst().orElseThrow();
        assertEquals("Worse 95%", manchester2022.get("ComparedtoEnglandvalueorpercentiles"));
        assertEquals("Not compared", manchester2022.get("ComparedtoRegionvalueorpercentiles"));
        var newcastle = all.stream().filter(r -> r.get("AreaCode").equals(NEWCASTLE)).findFirst().orElseThrow();
        assertEquals("", newcastle.get("Value"));
        assertTrue(newcastle.get("Valuenote").contains("suppressed"));
        var england = all.stream().filter(r -> r.get("AreaCode").equals(ENGLAND)).findFirst().orElseThrow();
        assertEquals("England", england.get("AreaType"));
        assertEquals("", england.get("ParentCode"));
        assertEquals("Cannot be calculated", england.get("RecentTrend"));

        String profile = as(Tokens.analyst()).queryParam("format", "fingertips")
                .get("/api/v1/geography/" + MANCHESTER + "/profile").then().statusCode(200).extract().asString();
        var profileRows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(profile)).getRecords();
        assertTrue(profileRows.stream().allMatch(r -> r.get("AreaCode").equals(MANCHESTER)));
        assertEquals(MANCHESTER_EVENTS.length,
                profileRows.stream().filter(r -> r.get("IndicatorID").equals(code)).count());
    }

    @Test
    void unknownFormatsAndPlacesAreProblems() {
        as(Tokens.analyst()).queryParam("format", "xlsx").get("/api/v1/geography/" + MANCHESTER + "/profile").then()
                .statusCode(400).body("errors.field", hasItem("format"));
        as(Tokens.analyst()).get("/api/v1/geography/E08999999/profile").then().statusCode(404);
        as(Tokens.analyst()).queryParam("confidence", "abc").get("/api/v1/geography/" + MANCHESTER + "/profile")
                .then().statusCode(400);
        as(Tokens.analyst()).get("/api/v1/geography/" + ENGLAND + "/profile").then().statusCode(200)
                .body("place.region", nullValue());
    }
}
