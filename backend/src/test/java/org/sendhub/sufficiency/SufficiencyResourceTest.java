package org.sendhub.sufficiency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.anonymous;
import static org.sendhub.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sendhub.forecast.ForecastFixtures;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/** A test area whose special school places fall short of the forecast: the gap, the scenario, the rules. */
@QuarkusTest
class SufficiencyResourceTest {

    /** Metropolitan districts this class makes areas of. */
    static final List<String> FRESH_AREAS = IntStream.rangeClosed(30, 37)
            .mapToObj(n -> String.format("E080000%02d", n)).toList();

    String area;
    String editor;

    void newAreaWithPlans() {
        area = Api.unusedArea(FRESH_AREAS);
        Api.ensureArea(area, "Sufficiency borough");
        editor = Tokens.editor(area);
        ForecastFixtures.countIndicator("ehcp_plans", true, List.of("setting", "sex"));
        ForecastFixtures.academicYears("ehcp_plans", area, "total", "total", 2018,
                "1000", "1100", "1210", "1331", "1464", "1611", "1772");
        ForecastFixtures.academicYears("ehcp_plans", area, "setting", "Special schools", 2018,
                "300", "330", "363", "399", "439", "483", "531");
        ForecastFixtures.academicYears("ehcp_plans", area, "setting", "Mainstream schools", 2018,
                "700", "770", "847", "932", "1025", "1128", "1241");
    }

    String service(String name, String status, Integer capacity, List<String> settings, String contractEnd) {
        var body = new HashMap<String, Object>(Fixtures.service(name));
        body.put("status", status);
        body.put("settings", settings);
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        if (contractEnd != null) {
            body.put("contractEnd", contractEnd);
        }
        return Fixtures.create(area, editor, "services", body);
    }

    JsonPath sufficiency(Map<String, ?> query) {
        return as(Tokens.viewer(area)).queryParams(query).get("/api/v1/areas/" + area + "/sufficiency").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void specialSchoolPlacesShortOfTheForecastShowAGapListedFirst() {
        newAreaWithPlans();
        service("Special school A", "active", 500, List.of("special_school"), null);
        service("Special school B", "planned", 50, List.of("special_school"), "2027-08-31");
        service("Closed school", "decommissioned", 1000, List.of("special_school"), null);
        String archived = service("Archived school", "active", 1000, List.of("special_school"), null);
        as(editor).header("If-Match", "\"0\"").delete("/api/v1/areas/" + area + "/services/" + archived).then()
                .statusCode(200);
        service("Mainstream support", "active", null, List.of("mainstream_school"), null);

        var answer = sufficiency(Map.of());
        assertEquals("pooled_log_growth", answer.getString("method.code"));
        assertEquals("special_school", answer.getString("rows[0].code"));
        assertEquals(true, answer.getBoolean("rows[0].shortfall"));
        // Special schools grow 10% a year from 531: 584 in 2025/26, against 550 places until August 2027, then 500.
        List<Map<String, Object>> years = answer.getList("rows[0].years");
        assertEquals(List.of(550, 550, 500, 500, 500), years.stream().map(y -> y.get("capacity")).toList());
        for (var year : years) {
            double demand = ((Number) year.get("demand")).doubleValue();
            int capacity = (Integer) year.get("capacity");
            assertEquals(demand - capacity, ((Number) year.get("gap")).doubleValue(), 0.05);
        }
        assertEquals("2025/26", answer.getString("rows[0].firstShortfallPeriod"));
        assertEquals(2, answer.getList("rows[0].services").size());
        // Neither the decommissioned nor the archived school counts.
        assertEquals(2, answer.getInt("servicesWithCapacity"));

        var mainstream = "rows.find { it.code == 'mainstream_school' }";
        assertEquals(false, answer.getBoolean(mainstream + ".shortfall"));
        assertEquals(null, (Object) answer.get(mainstream + ".years[0].capacity"));
        assertEquals(null, (Object) answer.get(mainstream + ".years[0].gap"));
        assertTrue(answer.getList("notForecast.code").contains("alternative_provision"));
        assertEquals(7, answer.getList("rows[0].history").size());

        as(Tokens.viewer(area)).get("/api/v1/areas/" + area + "/gap-analysis").then().statusCode(200)
                .body("forecastGaps[0].code", equalTo("special_school"))
                .body("forecastGaps[0].capacity", equalTo(500));
        as(Tokens.viewer(area)).get("/api/v1/areas/" + area + "/board-report").then().statusCode(200)
                .body("gaps.forecastGaps.code", hasItem("special_school"));
    }

    @Test
    void eachRowNamesItsSeriesSoADecisionCanKeepItsFiguresAsEvidence() {
        newAreaWithPlans();
        String school = service("Special school A", "active", 500, List.of("special_school"), null);
        var answer = sufficiency(Map.of());
        var special = "rows.find { it.code == 'special_school' }";
        String indicator = answer.getString(special + ".indicatorCode");
        String breakdown = answer.getString(special + ".breakdown");
        String category = answer.getString(special + ".category");
        assertEquals(List.of("ehcp_plans", "setting", "Special schools"), List.of(indicator, breakdown, category));

        // The forecast API, asked for the series the row names, gives the row's figures.
        var forecast = as(Tokens.viewer(area)).queryParams(Map.of("indicator", indicator, "breakdown", breakdown))
                .get("/api/v1/geography/" + area + "/forecast").then().statusCode(200).extract().jsonPath();
        var points = "categories.find { it.category == '" + category + "' }.points";
        assertEquals(forecast.getList(points + ".value", Float.class),
                answer.getList(special + ".years.demand", Float.class));
        assertEquals(forecast.getList(points + ".upper95", Float.class),
                answer.getList(special + ".years.upper95", Float.class));

        // A decision keeps those figures as they were.
        List<Map<String, Object>> years = answer.getList(special + ".years");
        var evidence = new HashMap<String, Object>();
        evidence.put("indicatorCode", indicator);
        evidence.put("breakdown", breakdown);
        evidence.put("category", category);
        evidence.put("horizon", answer.getInt("horizon"));
        evidence.put("method", answer.getString("method.name"));
        evidence.put("takenAt", "2026-01-05T09:00:00Z");
        evidence.put("points", years.stream().map(y -> Map.of("period", y.get("period"), "forecast", y.get("demand"),
                "lower95", y.get("lower95"), "upper95", y.get("upper95"), "capacity", y.get("capacity"), "gap",
                y.get("gap"))).toList());
        var decision = new HashMap<String, Object>(Fixtures.decision(school));
        decision.put("forecastEvidence", evidence);
        String id = Fixtures.create(area, editor, "decisions", decision);
        var kept = as(Tokens.viewer(area)).get("/api/v1/areas/" + area + "/decisions/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(answer.getList(special + ".years.gap", Float.class),
                kept.getList("forecastEvidence.points.gap", Float.class));
        assertEquals(category, kept.getString("forecastEvidence.category"));
    }

    @Test
    void aScenarioIsShownBesideTheBaseline() {
        newAreaWithPlans();
        service("Special school A", "active", 500, List.of("special_school"), null);
        var baseline = sufficiency(Map.of());
        assertEquals(null, (Object) baseline.get("scenario"));
        assertEquals(null, (Object) baseline.get("rows[0].years[0].scenarioDemand"));

        var answer = sufficiency(Map.of("growthChange", "5", "addedPlaces", "special_school:200"));
        assertEquals(5, answer.getDouble("scenario.growthChange"), 1e-9);
        var special = "rows.find { it.code == 'special_school' }";
        for (int h = 0; h < 5; h++) {
            double demand = answer.getDouble(special + ".years[" + h + "].demand");
            assertEquals(demand * Math.pow(1.05, h + 1), answer.getDouble(special + ".years[" + h + "].scenarioDemand"),
                    0.1);
            assertEquals(700, answer.getInt(special + ".years[" + h + "].scenarioCapacity"));
            assertEquals(500, answer.getInt(special + ".years[" + h + "].capacity"));
        }
        // Places added where nothing had a capacity make a capacity of their own.
        var added = sufficiency(Map.of("addedPlaces", "mainstream_school:100"));
        assertEquals(100, added.getInt("rows.find { it.code == 'mainstream_school' }.years[0].scenarioCapacity"));
    }

    @Test
    void badScenarioParametersAreProblemsAndOnlyTheAreasUsersReadIt() {
        newAreaWithPlans();
        String path = "/api/v1/areas/" + area + "/sufficiency";
        anonymous().get(path).then().statusCode(401);
        as(Tokens.viewer("E08000003")).get(path).then().statusCode(404);
        Map<String, String> bad = Map.of("horizon", "9", "growthChange", "51");
        bad.forEach((name, value) -> as(Tokens.viewer(area)).queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(name)));
        for (String value : List.of("abc", "2.55")) {
            as(Tokens.viewer(area)).queryParam("growthChange", value).get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("growthChange"));
        }
        for (String value : List.of("special_school", "special:5", "special_school:0", "special_school:x",
                "special_school:100001")) {
            as(Tokens.viewer(area)).queryParam("addedPlaces", value).get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("addedPlaces"));
        }
    }

    @Test
    void aServiceKeepsItsCapacityAndSettingsAndRejectsBadOnes() {
        newAreaWithPlans();
        var body = new HashMap<String, Object>(Fixtures.service("Resource base"));
        body.put("capacity", 24);
        body.put("settings", List.of("mainstream_school", "special_school"));
        String id = Fixtures.create(area, editor, "services", body);
        as(editor).get("/api/v1/areas/" + area + "/services/" + id).then().statusCode(200)
                .body("capacity", equalTo(24)).body("capacityUnit", equalTo("places"))
                .body("settings", equalTo(List.of("mainstream_school", "special_school")));
        as(editor).get("/api/v1/areas/" + area + "/services/" + id + "/trace").then().statusCode(200)
                .body("services[0].capacity", equalTo(24)).body("services[0].capacityUnit", equalTo("places"));

        body.put("capacity", -1);
        as(editor).body(body).post("/api/v1/areas/" + area + "/services").then().statusCode(422)
                .body("errors.field", hasItem("capacity"));
        body.remove("capacity");
        body.put("capacityUnit", "caseload_per_year");
        as(editor).body(body).post("/api/v1/areas/" + area + "/services").then().statusCode(422)
                .body("errors.field", hasItem("capacity"));
        body.put("capacityUnit", "places");
        body.put("settings", List.of("hospital"));
        as(editor).body(body).post("/api/v1/areas/" + area + "/services").then().statusCode(400);

        var caseload = new HashMap<String, Object>(Fixtures.service("Outreach"));
        caseload.put("capacity", 120);
        caseload.put("capacityUnit", "caseload_per_year");
        String outreach = Fixtures.create(area, editor, "services", caseload);
        as(editor).get("/api/v1/areas/" + area + "/services/" + outreach).then()
                .body("capacityUnit", equalTo("caseload_per_year")).body("settings", equalTo(List.of()));
        var plain = Fixtures.create(area, editor, "services", Fixtures.service("No capacity"));
        as(editor).get("/api/v1/areas/" + area + "/services/" + plain).then().body("capacity", nullValue())
                .body("capacityUnit", nullValue());
    }
}
