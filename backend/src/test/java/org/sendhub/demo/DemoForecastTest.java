package org.sendhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The demo's real figures: Manchester's EHC plans forecast to 2029/30; no invented capacity. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoForecastTest {

    static final String MANCHESTER = "E08000003";
    static final String VIEWER = Tokens.viewer(MANCHESTER);

    @Test
    void manchestersPlansAreForecastToTwentyThirtyPooledWithEveryAuthority() {
        var answer = as(VIEWER).queryParam("indicator", "ehcp_plans").queryParam("breakdown", "setting")
                .get("/api/v1/geography/" + MANCHESTER + "/forecast").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> history = answer.getList("total.history");
        assertEquals("2018/19", history.get(0).get("period"));
        assertEquals(4163, ((Number) history.get(0).get("value")).intValue());
        assertEquals(8875, ((Number) history.get(6).get("value")).intValue());
        assertEquals("2029/30", answer.getString("total.points[4].period"));
        assertTrue(answer.getInt("total.fit.pooledWith") > 100, "pooled with the authorities of the release");
        double first = answer.getDouble("total.points[0].value");
        assertTrue(first > 8875 && answer.getDouble("total.points[0].lower95") < first
                && answer.getDouble("total.points[4].upper95") > answer.getDouble("total.points[4].value"));
        assertEquals(true, answer.getBoolean("reconciliation.reconciled"));
        var special = "categories.find { it.category == 'Special schools' }";
        assertEquals(true, answer.getBoolean(special + ".forecastable"));
        // Placement not recorded was not published before 2022/23.
        assertTrue(answer.getString("categories.find { it.category == 'Placement not recorded' }.reason")
                .contains("withheld"));
    }

    @Test
    void byPrimaryNeedOnlyOneYearIsHeldSoThereIsNoForecast() {
        as(VIEWER).queryParam("indicator", "ehcp_primary_need").queryParam("breakdown", "primary_need")
                .get("/api/v1/geography/" + MANCHESTER + "/forecast").then().statusCode(200)
                .body("categories.find { it.category == 'ASD' }.forecastable", org.hamcrest.Matchers.equalTo(false))
                .body("categories.find { it.category == 'ASD' }.reason",
                        org.hamcrest.Matchers.startsWith("only 1 year is held (2024/25)"));
    }

    @Test
    void cumbriaWasReorganisedAndIsNotForecast() {
        as(VIEWER).queryParam("indicator", "ehcp_plans").get("/api/v1/geography/E10000006/forecast").then()
                .statusCode(200).body("total.forecastable", org.hamcrest.Matchers.equalTo(false))
                .body("total.reason", org.hamcrest.Matchers.startsWith("Cumbria ended in 2022/23"));
    }

    @Test
    void manchestersSufficiencyHasTheForecastButNoInventedCapacity() {
        var answer = as(VIEWER).get("/api/v1/areas/" + MANCHESTER + "/sufficiency").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(0, answer.getInt("servicesWithCapacity"));
        assertTrue(answer.getList("rows.code").contains("special_school"));
        assertTrue(answer.getList("rows.years.flatten().capacity").stream().allMatch(c -> c == null));
        assertTrue(answer.getList("notForecast.code").contains("ASD"));
    }
}
