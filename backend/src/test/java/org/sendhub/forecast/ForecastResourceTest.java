package org.sendhub.forecast;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.anonymous;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Tokens;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/** The forecast's rules through HTTP, on series imported for the test. */
@QuarkusTest
class ForecastResourceTest {

    static final String STEADY = "E08000011";
    static final String SHORT = "E08000012";
    static final String WITHHELD = "E08000013";
    static final String CUMBRIA = "E10000006";
    static final String VIEWER = Tokens.viewer("E08000003");

    static JsonPath forecast(String token, String place, String indicator, String breakdown) {
        var request = as(token).queryParam("indicator", indicator);
        if (breakdown != null) {
            request.queryParam("breakdown", breakdown);
        }
        return request.get("/api/v1/geography/" + place + "/forecast").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSteadyGrowthIsCarriedOnFiveYearsWithTheMethodNamed() {
        ForecastFixtures.countIndicator("fc_steady", true, List.of());
        ForecastFixtures.academicYears("fc_steady", STEADY, "total", "total", 2018,
                "1000", "1100", "1210", "1331", "1464.1", "1610.51", "1771.561");
        var answer = forecast(VIEWER, STEADY, "fc_steady", null);
        assertEquals("pooled_log_growth", answer.getString("method.code"));
        assertTrue(answer.getString("method.description").contains("Student t"));
        assertEquals(5, answer.getInt("horizon"));
        assertEquals(List.of("2025/26", "2026/27", "2027/28", "2028/29", "2029/30"),
                answer.getList("total.points.period"));
        // 10% a year from 1,771.561: 1,948.7 then 2,143.6 ...
        assertEquals(1948.7, answer.getDouble("total.points[0].value"), 0.05);
        assertEquals(1771.561 * Math.pow(1.1, 5), answer.getDouble("total.points[4].value"), 0.05);
        assertEquals(10.0, answer.getDouble("total.fit.growthPercent"), 1e-9);
        assertEquals(7, answer.getInt("total.fit.years"));
        assertEquals(7, answer.getList("total.history").size());
        assertEquals(null, (Object) answer.get("reconciliation"));
    }

    @Test
    void aHorizonOfOneToFiveYearsIsHonoured() {
        ForecastFixtures.countIndicator("fc_steady", true, List.of());
        ForecastFixtures.academicYears("fc_steady", STEADY, "total", "total", 2018,
                "1000", "1100", "1210", "1331", "1464.1", "1610.51", "1771.561");
        as(VIEWER).queryParam("indicator", "fc_steady").queryParam("horizon", 2)
                .get("/api/v1/geography/" + STEADY + "/forecast").then().statusCode(200)
                .body("total.points", hasSize(2));
    }

    @Test
    void intervalsWidenAndHoldTheForecast() {
        ForecastFixtures.countIndicator("fc_noisy", true, List.of());
        ForecastFixtures.academicYears("fc_noisy", STEADY, "total", "total", 2018,
                "100", "112", "121", "140", "149", "170", "182");
        var points = forecast(VIEWER, STEADY, "fc_noisy", null).getList("total.points", Map.class);
        double width = 0;
        for (var p : points) {
            double l95 = ((Number) p.get("lower95")).doubleValue();
            double l80 = ((Number) p.get("lower80")).doubleValue();
            double value = ((Number) p.get("value")).doubleValue();
            double u80 = ((Number) p.get("upper80")).doubleValue();
            double u95 = ((Number) p.get("upper95")).doubleValue();
            assertTrue(l95 < l80 && l80 < value && value < u80 && u80 < u95, p.toString());
            assertTrue(u95 - l95 > width, "the intervals widen with each year");
            width = u95 - l95;
        }
    }

    @Test
    void aShortOrBrokenSeriesSaysWhyAndHasNoFigures() {
        ForecastFixtures.countIndicator("fc_broken", true, List.of());
        ForecastFixtures.academicYears("fc_broken", SHORT, "total", "total", 2021, "10", "12", "14", "16");
        ForecastFixtures.academicYears("fc_broken", WITHHELD, "total", "total", 2018,
                "10", "12", "x", "16", "18", "20", "22");
        var shortOne = forecast(VIEWER, SHORT, "fc_broken", null);
        assertEquals(false, shortOne.getBoolean("total.forecastable"));
        assertThatReason(shortOne, "only 4 years are held (2021/22 to 2024/25); a forecast needs at least 5");
        assertEquals(List.of(), shortOne.getList("total.points"));
        assertEquals(null, (Object) shortOne.get("total.fit"));
        assertThatReason(forecast(VIEWER, WITHHELD, "fc_broken", null), "the figure for 2020/21 was withheld");
        var none = forecast(VIEWER, "E08000014", "fc_broken", null);
        assertThatReason(none, "no figures are held");
    }

    @Test
    void aReorganisedAuthorityIsNotForecast() {
        ForecastFixtures.countIndicator("fc_broken", true, List.of());
        ForecastFixtures.academicYears("fc_broken", CUMBRIA, "total", "total", 2018, "10", "12", "14", "16", "18");
        assertThatReason(forecast(VIEWER, CUMBRIA, "fc_broken", null), "Cumbria ended in 2022/23");
        ForecastFixtures.academicYears("fc_broken", "E06000063", "total", "total", 2023, "10", "12");
        assertThatReason(forecast(VIEWER, "E06000063", "fc_broken", null),
                "Cumberland began in 2023/24, when the authorities were reorganised");
    }

    static void assertThatReason(JsonPath answer, String words) {
        String reason = answer.getString("total.reason");
        assertTrue(reason.contains(words), reason);
    }

    @Test
    void aBreakdownAddsUpToTheTotalWithTheRestAsTheRemainder() {
        ForecastFixtures.countIndicator("fc_setting", true, List.of("setting"));
        String place = "E08000015";
        ForecastFixtures.academicYears("fc_setting", place, "total", "total", 2018,
                "1000", "1090", "1200", "1310", "1450", "1580", "1720");
        ForecastFixtures.academicYears("fc_setting", place, "setting", "Special schools", 2018,
                "400", "420", "470", "520", "560", "640", "700");
        ForecastFixtures.academicYears("fc_setting", place, "setting", "Mainstream schools", 2018,
                "550", "610", "660", "720", "810", "860", "940");
        ForecastFixtures.academicYears("fc_setting", place, "setting", "Placement not recorded", 2018,
                "x", "x", "x", "x", "30", "40", "50");
        var answer = forecast(VIEWER, place, "fc_setting", "setting");
        assertEquals(true, answer.getBoolean("reconciliation.reconciled"));
        assertEquals("proportional", answer.getString("reconciliation.method"));
        assertEquals((700.0 + 940) / 1720, answer.getDouble("reconciliation.shareOfTotal"), 1e-4);
        assertTrue(answer.getString("reconciliation.detail").contains("Placement not recorded"));
        for (int h = 0; h < 5; h++) {
            double total = answer.getDouble("total.points[" + h + "].value");
            double sum = answer.getDouble("reconciliation.remainder[" + h + "].value");
            for (String category : List.of("Special schools", "Mainstream schools")) {
                sum += answer.getDouble("categories.find { it.category == '" + category + "' }.points[" + h
                        + "].value");
            }
            assertEquals(total, sum, 0.2, "year " + h);
        }
        assertEquals(false, answer.getBoolean("categories.find { it.category == 'Placement not recorded' }.forecastable"));
    }

    @Test
    void aLocalAuthoritysPublishedGrowthIsPooledWithTheOthers() {
        ForecastFixtures.countIndicator("fc_pool", true, List.of());
        // Twelve metropolitan districts (there is no E08000020: Gateshead became E08000037).
        List<String> places = List.of("E08000016", "E08000017", "E08000018", "E08000019", "E08000021", "E08000022",
                "E08000023", "E08000024", "E08000025", "E08000026", "E08000027", "E08000028");
        for (int i = 0; i < 12; i++) {
            double g = 1.05 + 0.01 * i;
            String[] values = new String[7];
            double v = 1000;
            for (int y = 0; y < 7; y++) {
                values[y] = String.valueOf(Math.round(v * (y % 2 == 0 ? 1.01 : 0.99)));
                v *= g;
            }
            ForecastFixtures.academicYears("fc_pool", places.get(i), "total", "total", 2018, values);
        }
        var answer = forecast(VIEWER, places.get(11), "fc_pool", null);
        assertEquals(12, answer.getInt("total.fit.pooledWith"));
        double own = answer.getDouble("total.fit.ownGrowthPercent");
        double growth = answer.getDouble("total.fit.growthPercent");
        assertTrue(growth < own, "the fastest grower is pulled towards the others: " + growth + " < " + own);
        // England is not pooled with local authorities.
        ForecastFixtures.academicYears("fc_pool", "E92000001", "total", "total", 2018,
                "100", "110", "120", "130", "140", "150", "160");
        as(VIEWER).queryParam("indicator", "fc_pool").get("/api/v1/geography/E92000001/forecast").then()
                .statusCode(200).body("total.fit.pooledWith", nullValue());
    }

    @Test
    void aLocalIndicatorIsForecastOnlyForThoseWhoReadItAndNeverPooled() {
        ForecastFixtures.countIndicator("fc_local", false, List.of());
        ForecastFixtures.academicYears("fc_local", "E08000010", "total", "total", 2018,
                "10", "12", "14", "16", "18", "20", "22");
        as(Tokens.viewer("E08000010")).queryParam("indicator", "fc_local")
                .get("/api/v1/geography/E08000010/forecast").then().statusCode(200)
                .body("total.forecastable", equalTo(true)).body("total.fit.pooledWith", nullValue());
        as(VIEWER).queryParam("indicator", "fc_local").get("/api/v1/geography/E08000010/forecast").then()
                .statusCode(404);
    }

    @Test
    void badParametersAreProblemsAndNoTokenIs401() {
        ForecastFixtures.countIndicator("fc_steady", true, List.of());
        anonymous().queryParam("indicator", "fc_steady").get("/api/v1/geography/E08000011/forecast").then()
                .statusCode(401);
        for (String horizon : List.of("0", "6", "two", "1.5")) {
            as(VIEWER).queryParam("indicator", "fc_steady").queryParam("horizon", horizon)
                    .get("/api/v1/geography/E08000011/forecast").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("horizon"));
        }
        as(VIEWER).get("/api/v1/geography/E08000011/forecast").then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
        as(VIEWER).queryParam("indicator", "no_such_thing").get("/api/v1/geography/E08000011/forecast").then()
                .statusCode(400).body("errors[0].field", equalTo("indicator"));
        as(VIEWER).queryParam("indicator", "fc_steady").queryParam("breakdown", "setting")
                .get("/api/v1/geography/E08000011/forecast").then().statusCode(400)
                .body("errors[0].field", equalTo("breakdown"))
                .body("errors[0].message", containsString("has only its total"));
        as(VIEWER).queryParam("indicator", "fc_steady").get("/api/v1/geography/E99999999/forecast").then()
                .statusCode(404);
        org.sendhub.testsupport.Api.ensureIndicator("fc_percent");
        as(VIEWER).queryParam("indicator", "fc_percent").get("/api/v1/geography/E08000011/forecast").then()
                .statusCode(422).body("errors[0].field", equalTo("indicator"))
                .body("errors[0].message", containsString("not a count"));
    }

    @Test
    void aTotalHasNoCategories() {
        ForecastFixtures.countIndicator("fc_steady", true, List.of());
        as(VIEWER).queryParam("indicator", "fc_steady").queryParam("breakdown", "total")
                .get("/api/v1/geography/E08000011/forecast").then().statusCode(200).body("categories", empty());
    }
}
