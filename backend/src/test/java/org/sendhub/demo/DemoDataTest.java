package org.sendhub.demo;

import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.sendhub.indicator.benchmark.TrendTestTest;
import org.sendhub.indicator.values.ConfidenceIntervals;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The run command's demo data, loaded into a fresh database as on a new machine: DfE's published
 * figures for England and every local authority, read back through the API, match the release.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sendhub.demo-data.enabled", "true");
        }
    }

    static final String ENGLAND = "E92000001";
    static final String MANCHESTER = "E08000003";
    static final String VIEWER = Tokens.viewer(MANCHESTER);

    static BigDecimal value(String indicator, String area, String period, String breakdown, String category) {
        return value(VIEWER, indicator, area, period, breakdown, category);
    }

    static BigDecimal value(String token, String indicator, String area, String period, String breakdown,
            String category) {
        List<Map<String, Object>> items = as(token).queryParam("indicator", indicator).queryParam("area", area)
                .queryParam("breakdown", breakdown).queryParam("size", 500).get("/api/v1/indicator-values").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(v -> v.get("period").equals(period) && v.get("category").equals(category))
                .map(v -> new BigDecimal(v.get("value").toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + indicator + " " + area + " " + period + " " + category));
    }

    /** The headline rows of a committed EES file, by place code and time_period. */
    static Map<String, Map<String, String>> headlines(String file) throws IOException {
        var rows = new HashMap<String, Map<String, String>>();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                DemoDataTest.class.getResourceAsStream("/demo/ees/" + file + ".gz")), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(in.readLine().replace("\ufeff", "").split(","));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.contains("\"")) {
                    continue; // names with commas: not the authorities this test picks
                }
                List<String> cells = Arrays.asList(line.split(",", -1));
                var row = new HashMap<String, String>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                if (row.get("breakdown").equals(row.get("breakdown_topic"))) {
                    String place = row.get("new_la_code").isEmpty() ? row.get("region_code").isEmpty()
                            ? row.get("country_code") : row.get("region_code") : row.get("new_la_code");
                    rows.put(place + " " + row.get("time_period"), row);
                }
            }
        }
        return rows;
    }

    @Test
    void englandsEhcPlansIn2024To25AreDfesFigure() {
        // DfE, Education, health and care plans 2025: England, January 2025, all EHC plans.
        assertEquals(new BigDecimal("638745"), value("ehcp_primary_need", ENGLAND, "2024/25", "total", "total"));
        assertEquals(new BigDecimal("638745"), value("ehcp_plans", ENGLAND, "2024/25", "total", "total"));
    }

    @Test
    void localAuthoritiesPublishedFiguresMatchTheFiles() throws IOException {
        var caseload = headlines("caseload.csv");
        var timeliness = headlines("timeliness_20_week.csv");
        var needs = headlines("sen_needs_all_plans.csv");
        int compared = 0;
        for (String authority : List.of(MANCHESTER, "E08000010", "E06000049", "E09000033", "E10000006")) {
            for (String year : List.of("201819", "202425")) {
                var row = caseload.get(authority + " " + year);
                if (row == null || row.get("ehcplans").equals("x")) {
                    continue; // Cumbria (E10000006) ends in 2022/23
                }
                String period = year.substring(0, 4) + "/" + year.substring(4);
                assertEquals(new BigDecimal(row.get("ehcplans")), value("ehcp_plans", authority, period, "total",
                        "total"), authority + " " + period);
                assertEquals(new BigDecimal(row.get("special_total")), value("ehcp_plans", authority, period,
                        "setting", "Special schools"), authority + " " + period);
                compared++;
            }
            var issued = timeliness.get(authority + " 2024");
            if (issued != null && !issued.get("pc_plans_issued_within_20_weeks").equals("x")) {
                assertEquals(new BigDecimal(issued.get("pc_plans_issued_within_20_weeks")),
                        value("ehcp_issued_within_20_weeks", authority, "2024", "total", "total"));
                compared++;
            }
            var need = needs.get(authority + " 202425");
            if (need != null) {
                assertEquals(new BigDecimal(need.get("number_asd")), value("ehcp_primary_need", authority, "2024/25",
                        "primary_need", "ASD"));
                compared++;
            }
        }
        // Four current authorities x (two years, timeliness, need), Cumbria's first year: none skipped by accident.
        assertEquals(4 * 4 + 1, compared);
        assertEquals(new BigDecimal(caseload.get("E10000006 202223").get("ehcplans")),
                value("ehcp_plans", "E10000006", "2022/23", "total", "total"));
    }

    @Test
    void theMappingsItUsedAreSavedAndTheSeedsFiguresStay() {
        as(VIEWER).get("/api/v1/ees-mappings").then().statusCode(200).body("items.code", hasItems(
                "dfe-ehcp-caseload", "dfe-ehcp-primary-need", "dfe-ehcp-requests", "dfe-ehcp-assessments",
                "dfe-ehcp-new-plans", "dfe-ehcp-20-weeks"));
        // A local figure (Wigan's JSNA): an analyst reads it; its period is a span, labelled as one.
        assertEquals(new BigDecimal("57.5"), value(Tokens.analyst(), "send_need_growth_percent", "E08000010", "2019 to 2023",
                "primary_need", "ASD"));
    }
    @Test
    void manchestersTimelinessIsBetterThanEnglandAndItsTrendIsTheChiSquareTestForTrend() {
        var body = as(VIEWER).queryParam("area", MANCHESTER).queryParam("period", "2024")
                .get("/api/v1/indicators/ehcp_issued_within_20_weeks/benchmark").then().statusCode(200).extract()
                .jsonPath();
        // DfE: Manchester issued 1,052 of 1,657 new plans within 20 weeks in 2024 (63.5%); England 45.9%.
        assertEquals(0, new BigDecimal("63.5").compareTo(new BigDecimal(body.getString("value.value"))));
        assertEquals(0, new BigDecimal("1052").compareTo(new BigDecimal(body.getString("value.numerator"))));
        assertEquals(0, new BigDecimal("1657").compareTo(new BigDecimal(body.getString("value.denominator"))));
        var wilson = ConfidenceIntervals.wilson(1052, 1657, 0.95);
        assertEquals(wilson.lower() * 100, body.getDouble("value.intervals.ci95.lower"), 1e-3);
        assertEquals(wilson.upper() * 100, body.getDouble("value.intervals.ci95.upper"), 1e-3);
        List<Map<String, Object>> comparators = body.getList("comparators");
        var england = comparators.stream().filter(c -> c.get("role").equals("england")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("45.9").compareTo(new BigDecimal(england.get("value").toString())));
        assertEquals("higher", england.get("significance"));
        assertEquals("better", england.get("judgement"));
        var icb = comparators.stream().filter(c -> c.get("role").equals("icb")).findFirst().orElseThrow();
        assertEquals("E54000057", icb.get("code"));
        assertEquals("not_compared", icb.get("significance"));

        assertEquals(List.of("2020", "2021", "2022", "2023", "2024"), body.getList("trend.periods"));
        List<Map<String, Object>> series = as(VIEWER).queryParam("indicator", "ehcp_issued_within_20_weeks")
                .queryParam("area", MANCHESTER).queryParam("from", "2020").queryParam("to", "2024")
                .queryParam("breakdown", "total").get("/api/v1/indicator-values").then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertEquals(5, series.size());
        double[] issued = series.stream().mapToDouble(v -> Double.parseDouble(v.get("numerator").toString())).toArray();
        double[] plans = series.stream().mapToDouble(v -> Double.parseDouble(v.get("denominator").toString())).toArray();
        double statistic = TrendTestTest.weightedRegression(issued, plans);
        assertEquals(statistic, body.getDouble("trend.statistic"), statistic * 1e-5);
        double pValue = 1 - new ChiSquaredDistribution(1).cumulativeProbability(statistic);
        String expected = pValue >= 0.002 ? "no_significant_change"
                : issued[4] / plans[4] > issued[0] / plans[0] ? "increasing" : "decreasing";
        assertEquals(expected, body.getString("trend.result"));
    }

    @Test
    void aCountOfPlansIsRankedButNotComparedOrTestedForTrend() {
        var body = as(VIEWER).queryParam("area", MANCHESTER)
                .get("/api/v1/indicators/ehcp_plans/benchmark").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> comparators = body.getList("comparators");
        assertTrue(comparators.stream().allMatch(c -> c.get("significance").equals("not_compared")
                && ((String) c.get("reason")).contains("count")));
        assertEquals("cannot_be_calculated", body.getString("trend.result"));
        assertTrue(body.getInt("localAuthorities.of") > 140, "every local authority's count is ranked");
        assertEquals("highest_first", body.getString("localAuthorities.ordering"));
    }
}
