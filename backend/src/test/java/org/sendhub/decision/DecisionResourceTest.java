package org.sendhub.decision;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sendhub.testsupport.Api.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The commissioning decisions log: its rules, its evidence, and where decisions are shown. */
@QuarkusTest
class DecisionResourceTest {

    static final String AREA = "E09000031";
    static final String OTHER_AREA = "E09000032";
    static final String BASE = "/api/v1/areas/" + AREA + "/decisions";
    static final String INDICATOR = "decisions_ehc_plans";
    static final String OTHER_INDICATOR = "decisions_send_support";

    @Inject
    AgroalDataSource dataSource;

    String editor = Tokens.editor(AREA);
    String shortBreaks;
    String iscan;
    String survey;

    @BeforeEach
    void records() {
        Api.ensureArea(AREA, "Decisions borough");
        Api.ensureArea(OTHER_AREA, "Undecided borough");
        Api.ensureIndicator(INDICATOR);
        Api.ensureIndicator(OTHER_INDICATOR);
        shortBreaks = Fixtures.create(AREA, editor, "services", Fixtures.service(Fixtures.unique("Short breaks")));
        iscan = Fixtures.create(AREA, editor, "services", Fixtures.service(Fixtures.unique("ISCAN")));
        survey = Fixtures.create(AREA, editor, "coproduction", Fixtures.coproduction(Fixtures.unique("Big SEND Survey")));
    }

    static Map<String, Object> decision(String serviceId, String decidedOn, String kind, String decidedBy) {
        var body = Fixtures.decision(serviceId);
        body.putAll(Map.of("decidedOn", decidedOn, "decision", kind, "decidedBy", decidedBy));
        return body;
    }

    static Map<String, Object> point(String period, double forecast, double lower80, double upper80, double lower95,
            double upper95) {
        var point = new HashMap<String, Object>(Map.of("period", period, "forecast", forecast, "lower80", lower80,
                "upper80", upper80, "lower95", lower95, "upper95", upper95));
        point.put("capacity", 9000.0);
        point.put("gap", 9000.0 - forecast);
        return point;
    }

    static Map<String, Object> evidence(List<Map<String, Object>> points) {
        var evidence = new HashMap<String, Object>();
        evidence.put("indicatorCode", INDICATOR);
        evidence.put("breakdown", "total");
        evidence.put("category", "total");
        evidence.put("horizon", 5);
        evidence.put("method", "log-linear trend");
        evidence.put("takenAt", "2025-03-10T09:30:00Z");
        evidence.put("points", points);
        return evidence;
    }

    static List<Map<String, Object>> twoYears() {
        return List.of(point("2025/26", 9500.5, 9200, 9800, 9000, 10000),
                point("2026/27", 10100, 9600, 10600, 9300, 10900));
    }

    @Test
    void theLogFiltersByServicesKindsDatesIndicatorsAndWords() {
        var first = decision(shortBreaks, "2024-02-01", "commission", "SEND Board");
        first.put("indicatorCodes", List.of(INDICATOR));
        first.put("rationale", "Families asked for more overnight short breaks");
        String commissioned = Fixtures.create(AREA, editor, "decisions", first);
        String extended = Fixtures.create(AREA, editor, "decisions",
                decision(shortBreaks, "2025-01-15", "extend", "Joint Commissioning Group"));
        String redesigned = Fixtures.create(AREA, editor, "decisions",
                decision(iscan, "2024-09-30", "redesign", "Health and Wellbeing Board"));

        var mine = List.of(commissioned, extended, redesigned);
        var listed = as(editor).queryParam("size", 500).get(BASE).then().statusCode(200).extract().jsonPath()
                .<String>getList("items.id").stream().filter(mine::contains).toList();
        assertEquals(List.of(extended, redesigned, commissioned), listed, "newest decision first");

        as(editor).queryParam("serviceId", shortBreaks).get(BASE).then()
                .body("items.id", contains(extended, commissioned));
        as(editor).queryParam("serviceId", shortBreaks).queryParam("decision", "extend").get(BASE).then()
                .body("items.id", contains(extended));
        as(editor).queryParam("serviceId", shortBreaks).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get(BASE).then().body("items.id", contains(commissioned));
        as(editor).queryParam("serviceId", shortBreaks).queryParam("indicator", INDICATOR).get(BASE).then()
                .body("items.id", contains(commissioned));
        as(editor).queryParam("serviceId", shortBreaks).queryParam("q", "overnight").get(BASE).then()
                .body("items.id", contains(commissioned)).body("items[0].indicatorCodes", contains(INDICATOR));
        as(editor).queryParam("serviceId", shortBreaks).queryParam("sort", "decidedBy").get(BASE).then()
                .body("items.decidedBy", contains("Joint Commissioning Group", "SEND Board"));
        as(editor).queryParam("decision", "cancel").get(BASE).then().statusCode(400);
        as(editor).queryParam("serviceId", "not-a-uuid").get(BASE).then().statusCode(400);
        as(editor).queryParam("sort", "rationale").get(BASE).then().statusCode(400);

        as(editor).get(BASE + "/" + commissioned).then().statusCode(200)
                .body("linked.services.id", contains(shortBreaks)).body("forecastEvidence", nullValue());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsWritten() {
        String decidedBy = Fixtures.unique("Nobody");
        // Two days ahead: a day to come in England whatever the time of day here.
        var future = decision(shortBreaks, LocalDate.now().plusDays(2).toString(), "commission", decidedBy);
        future.put("rationale", "x".repeat(4001));
        as(editor).body(future).post(BASE).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("decidedOn", "rationale"))
                .body("errors.find { it.field == 'decidedOn' }.message", containsString("future"));
        as(editor).body(Map.of("rationale", "Nothing else")).post(BASE).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("serviceId", "decidedOn", "decision", "decidedBy"));
        as(editor).body(decision(shortBreaks, "2025-01-01", "cancel", decidedBy)).post(BASE).then().statusCode(400);
        as(editor).body(decision(shortBreaks, "2025-02-30", "extend", decidedBy)).post(BASE).then().statusCode(400);
        as(editor).queryParam("q", decidedBy).get(BASE).then().body("total", equalTo(0));
        // Today is not the future.
        Fixtures.create(AREA, editor, "decisions", decision(shortBreaks,
                LocalDate.now(java.time.ZoneId.of("Europe/London")).toString(), "extend", decidedBy));
    }

    @Test
    void evidenceAndServiceMustBeOfTheSameAreaAndTheCatalogue() {
        String otherEditor = Tokens.editor(OTHER_AREA);
        String theirService = Fixtures.create(OTHER_AREA, otherEditor, "services", Fixtures.service("Theirs"));
        String theirSurvey = Fixtures.create(OTHER_AREA, otherEditor, "coproduction", Fixtures.coproduction("Theirs"));
        String decidedBy = Fixtures.unique("Across areas");
        var body = decision(theirService, "2025-01-01", "jointly_commission", decidedBy);
        body.put("indicatorCodes", List.of(INDICATOR, "no_such_indicator"));
        body.put("coproductionIds", List.of(survey, theirSurvey));
        as(editor).body(body).post(BASE).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("serviceId", "indicatorCodes[1]", "coproductionIds[1]"))
                .body("errors.find { it.field == 'serviceId' }.message", equalTo("is not a service of area " + AREA));
        as(editor).queryParam("q", decidedBy).get(BASE).then().body("total", equalTo(0));

        body.put("serviceId", shortBreaks);
        body.put("indicatorCodes", List.of(INDICATOR));
        body.put("coproductionIds", List.of(survey));
        String id = Fixtures.create(AREA, editor, "decisions", body);
        as(editor).get(BASE + "/" + id).then().body("linked.coproduction.id", contains(survey))
                .body("coproductionIds", contains(survey));
        as(otherEditor).get(BASE + "/" + id).then().statusCode(404);
        as(otherEditor).get("/api/v1/areas/" + OTHER_AREA + "/decisions/" + id).then().statusCode(404);
    }

    @Test
    void theForecastEvidenceIsKeptAsSentAndItsShapeAndFiguresAreChecked() {
        var body = decision(shortBreaks, "2025-03-12", "recommission", "SEND Board");
        body.put("forecastEvidence", evidence(twoYears()));
        String id = Fixtures.create(AREA, editor, "decisions", body);
        as(editor).get(BASE + "/" + id).then().statusCode(200)
                .body("forecastEvidence.indicatorCode", equalTo(INDICATOR))
                .body("forecastEvidence.method", equalTo("log-linear trend"))
                .body("forecastEvidence.horizon", equalTo(5))
                .body("forecastEvidence.points.period", contains("2025/26", "2026/27"))
                .body("forecastEvidence.points[0].forecast", equalTo(9500.5f))
                .body("forecastEvidence.points[1].upper95", equalTo(10900f));

        String decidedBy = Fixtures.unique("Bad evidence");
        var eleven = new ArrayList<Map<String, Object>>();
        for (int year = 2025; year <= 2035; year++) {
            eleven.add(point(year + "", 100, 90, 110, 80, 120));
        }
        var tooMany = decision(shortBreaks, "2025-03-12", "extend", decidedBy);
        tooMany.put("forecastEvidence", evidence(eleven));
        as(editor).body(tooMany).post(BASE).then().statusCode(422).body("errors.field",
                contains("forecastEvidence.points"));

        var wrong = evidence(List.of(point("2025/26", 100, 105, 110, 80, 120), point("2025/26", 100, 90, 110, 80,
                120)));
        wrong.remove("method");
        wrong.put("indicatorCode", "not_in_the_catalogue");
        wrong.put("takenAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        ((Map<String, Object>) ((List<?>) wrong.get("points")).get(1)).put("capacity", -1.0);
        var broken = decision(shortBreaks, "2025-03-12", "extend", decidedBy);
        broken.put("forecastEvidence", wrong);
        as(editor).body(broken).post(BASE).then().statusCode(422).body("errors.field", containsInAnyOrder(
                "forecastEvidence.method", "forecastEvidence.indicatorCode", "forecastEvidence.takenAt",
                "forecastEvidence.points[0]", "forecastEvidence.points[1].period",
                "forecastEvidence.points[1].capacity"));

        // JSON cannot say infinity, but a number too large for a double reads as one.
        String infinite = "{\"serviceId\": \"" + shortBreaks + "\", \"decidedOn\": \"2025-03-12\", \"decision\":"
                + " \"extend\", \"decidedBy\": \"" + decidedBy + "\", \"forecastEvidence\": {\"indicatorCode\": \""
                + INDICATOR + "\", \"horizon\": 1, \"method\": \"trend\", \"takenAt\": \"2025-03-10T09:30:00Z\","
                + " \"points\": [{\"period\": \"2025/26\", \"forecast\": 1e400}]}}";
        as(editor).body(infinite).post(BASE).then().statusCode(422)
                .body("errors.field", contains("forecastEvidence.points[0].forecast"))
                .body("errors[0].message", equalTo("must be a finite number"));
        as(editor).body(infinite.replace("1e400", "\"many\"")).post(BASE).then().statusCode(400);
        as(editor).body(infinite.replace("{\"period\": \"2025/26\", \"forecast\": 1e400}", "")).post(BASE).then()
                .statusCode(422).body("errors.field", contains("forecastEvidence.points"));
        as(editor).queryParam("q", decidedBy).get(BASE).then().body("total", equalTo(0));
    }

    @Test
    void theForecastEvidenceCannotBeChangedOnceRecorded() {
        var body = decision(shortBreaks, "2025-03-12", "recommission", "SEND Board");
        body.put("forecastEvidence", evidence(twoYears()));
        String id = Fixtures.create(AREA, editor, "decisions", body);

        var changed = new HashMap<>(body);
        changed.put("forecastEvidence", evidence(List.of(point("2025/26", 1, 0, 2, 0, 3))));
        changed.put("rationale", "Changed my mind about the figures");
        as(editor).header("If-Match", "\"0\"").body(changed).put(BASE + "/" + id).then().statusCode(422)
                .body("errors.field", contains("forecastEvidence"))
                .body("errors[0].message", containsString("cannot be changed"));
        as(editor).get(BASE + "/" + id).then().header("ETag", "\"0\"").body("rationale", nullValue())
                .body("forecastEvidence.points", org.hamcrest.Matchers.hasSize(2));

        // Left out, it stays; sent back as it was (the same moment in another offset), it is accepted.
        var without = new HashMap<>(body);
        without.remove("forecastEvidence");
        without.put("rationale", "Sufficiency shows a gap from 2026/27");
        as(editor).header("If-Match", "\"0\"").body(without).put(BASE + "/" + id).then().statusCode(200)
                .body("forecastEvidence.points.period", contains("2025/26", "2026/27"))
                .body("forecastEvidence.takenAt", equalTo("2025-03-10T09:30:00Z"));
        var same = new HashMap<>(body);
        var sameEvidence = evidence(twoYears());
        sameEvidence.put("takenAt", "2025-03-10T10:30:00+01:00");
        same.put("forecastEvidence", sameEvidence);
        same.put("decision", "extend");
        as(editor).header("If-Match", "\"1\"").body(same).put(BASE + "/" + id).then().statusCode(200)
                .body("decision", equalTo("extend"));

        // A decision recorded without figures may have them added once, then they stay.
        String later = Fixtures.create(AREA, editor, "decisions", decision(iscan, "2025-01-01", "redesign", "SEND Board"));
        var added = decision(iscan, "2025-01-01", "redesign", "SEND Board");
        added.put("forecastEvidence", evidence(twoYears()));
        as(editor).header("If-Match", "\"0\"").body(added).put(BASE + "/" + later).then().statusCode(200)
                .body("forecastEvidence.indicatorCode", equalTo(INDICATOR));
        added.put("forecastEvidence", evidence(List.of(point("2025/26", 1, 0, 2, 0, 3))));
        as(editor).header("If-Match", "\"1\"").body(added).put(BASE + "/" + later).then().statusCode(422);
    }

    @Test
    void theDatabaseKeepsTheForecastEvidenceAndTheServiceInItsArea() throws SQLException {
        var body = decision(shortBreaks, "2025-03-12", "recommission", "SEND Board");
        body.put("forecastEvidence", evidence(twoYears()));
        String id = Fixtures.create(AREA, editor, "decisions", body);
        assertEquals("23514", sqlState("UPDATE commissioning_decision SET forecast_evidence = NULL WHERE id = '" + id
                + "'"));
        execute("UPDATE commissioning_decision SET decided_by = 'The SEND Board' WHERE id = '" + id + "'");
        String theirService = Fixtures.create(OTHER_AREA, Tokens.editor(OTHER_AREA), "services",
                Fixtures.service("Theirs"));
        assertEquals("23503", sqlState("UPDATE commissioning_decision SET service_id = '" + theirService
                + "' WHERE id = '" + id + "'"));
        String theirSurvey = Fixtures.create(OTHER_AREA, Tokens.editor(OTHER_AREA), "coproduction",
                Fixtures.coproduction("Theirs"));
        assertEquals("23503", sqlState("INSERT INTO commissioning_decision_coproduction (decision_id, coproduction_id)"
                + " VALUES ('" + id + "', '" + theirSurvey + "')"));
    }

    @Test
    void staleChangesAreRefusedAndEveryChangeIsInItsHistory() {
        String id = Fixtures.create(AREA, editor, "decisions", decision(shortBreaks, "2025-01-10", "extend",
                "SEND Board"));
        var change = decision(shortBreaks, "2025-01-10", "decommission", "SEND Board");
        as(editor).header("If-Match", "\"0\"").body(change).put(BASE + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        change.put("decision", "redesign");
        as(editor).header("If-Match", "\"0\"").body(change).put(BASE + "/" + id).then().statusCode(412)
                .body("current.decision", equalTo("decommission"));
        as(editor).body(change).put(BASE + "/" + id).then().statusCode(428);
        as(editor).header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(200)
                .body("archived", equalTo(true));
        as(editor).queryParam("serviceId", shortBreaks).get(BASE).then().body("items.id", not(hasItem(id)));
        as(editor).queryParam("serviceId", shortBreaks).queryParam("includeArchived", true).get(BASE).then()
                .body("items.id", hasItem(id));
        as(editor).post(BASE + "/" + id + "/restore").then().statusCode(200).body("archived", equalTo(false));

        var history = as(Tokens.viewer(AREA)).get(BASE + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("restore", "archive", "update", "create")).extract().jsonPath();
        assertEquals(List.of("decision"), history.getList("items[2].changes.field"));
        assertEquals("extend", history.getString("items[2].changes[0].before"));
        assertEquals("decommission", history.getString("items[2].changes[0].after"));
        as(editor).queryParam("entityType", "decision").queryParam("entityId", id)
                .get("/api/v1/areas/" + AREA + "/audit").then().statusCode(200).body("total", equalTo(4));
        as(Tokens.viewer(AREA)).body(change).post(BASE).then().statusCode(403);
        as(Tokens.editor(OTHER_AREA)).get(BASE + "/" + id + "/history").then().statusCode(404);
    }

    @Test
    void decisionsAreInTheTraceOfTheirServiceAndInTheBoardReportOfTheirPeriod() {
        var inPeriod = decision(iscan, "2025-02-20", "recommission", "SEND Board");
        inPeriod.put("indicatorCodes", List.of(INDICATOR));
        inPeriod.put("coproductionIds", List.of(survey));
        inPeriod.put("forecastEvidence", evidence(twoYears()));
        String decided = Fixtures.create(AREA, editor, "decisions", inPeriod);
        String before = Fixtures.create(AREA, editor, "decisions", decision(iscan, "2024-10-01", "commission",
                "SEND Board"));

        as(editor).get("/api/v1/areas/" + AREA + "/services/" + iscan + "/trace").then().statusCode(200)
                .body("decisions.id", contains(decided, before))
                .body("decisions[0].decision", equalTo("recommission"))
                .body("decisions[0].serviceId", equalTo(iscan))
                .body("decisions[0].indicators.code", contains(INDICATOR))
                .body("decisions[0].indicators[0].name", equalTo("Test indicator " + INDICATOR))
                .body("decisions[0].coproduction.id", contains(survey))
                .body("decisions[0].hasForecastEvidence", equalTo(true))
                .body("decisions[1].hasForecastEvidence", equalTo(false));
        as(editor).get("/api/v1/areas/" + AREA + "/services/" + shortBreaks + "/trace").then()
                .body("decisions", empty());

        var report = as(editor).queryParam("date", "2025-03-31").queryParam("since", "2024-12-31")
                .get("/api/v1/areas/" + AREA + "/board-report").then().statusCode(200).extract().jsonPath();
        List<String> inReport = report.getList("decisions.id");
        assertEquals(true, inReport.contains(decided), "decided in the period");
        assertEquals(false, inReport.contains(before), "decided before the period");
    }

    String sqlState(String sql) {
        return assertThrows(SQLException.class, () -> execute(sql)).getSQLState();
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
