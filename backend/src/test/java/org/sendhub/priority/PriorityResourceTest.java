package org.sendhub.priority;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PriorityResourceTest {

    static final String AREA = "E09000005";
    static final String OTHER_AREA = "E09000006";
    static final String BASE = "/api/v1/areas/" + AREA + "/priorities";

    String editor = Tokens.editor(AREA);
    String strategyId;

    @BeforeEach
    void areasAndStrategy() {
        Api.ensureArea(AREA, "Test borough");
        Api.ensureArea(OTHER_AREA, "Other borough");
        Api.ensureIndicator("ehcp_rate");
        strategyId = createStrategy(AREA, editor);
    }

    static String createStrategy(String area, String token) {
        return as(token).body(Map.of("title", "Strategy " + System.nanoTime(), "periodStart", "2024-01-01",
                "periodEnd", "2026-12-31", "status", "active"))
                .post("/api/v1/areas/" + area + "/strategies").then().statusCode(201).extract().path("id");
    }

    Map<String, Object> body(String title) {
        return Map.of("strategyId", strategyId, "title", title, "status", "on_track", "lead", "Head of SEND",
                "actions", List.of(Map.of("description", "Map the pathway", "dueDate", "2025-03-31",
                        "status", "in_progress")),
                "measures", List.of(Map.of("indicatorCode", "ehcp_rate", "targetValue", 4,
                        "description", "EHCP rate")));
    }

    Response create(String title) {
        return as(editor).body(body(title)).post(BASE).then().statusCode(201).extract().response();
    }

    @Test
    void createAnswers201WithLocationEtagAndTheRecord() {
        var created = create("Early help for autism");
        String id = created.path("id");
        assertTrue(created.getHeader("Location").endsWith(BASE + "/" + id), created.getHeader("Location"));
        assertEquals("\"" + created.path("version") + "\"", created.getHeader("ETag"));
        as(editor).get(BASE + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"" + created.path("version") + "\""))
                .body("title", equalTo("Early help for autism"))
                .body("areaCode", equalTo(AREA))
                .body("status", equalTo("on_track"))
                .body("archived", equalTo(false))
                .body("actions[0].description", equalTo("Map the pathway"))
                .body("actions[0].dueDate", equalTo("2025-03-31"))
                .body("measures[0].indicatorCode", equalTo("ehcp_rate"));
    }

    @Test
    void aMeasureOfAnIndicatorNotInTheCatalogueIs422NamingItsFieldAndNothingIsKept() {
        var body = new java.util.HashMap<>(body("Mistyped measure"));
        body.put("measures", List.of(Map.of("indicatorCode", "ehcp_rate", "description", "Known"),
                Map.of("indicatorCode", "ehcp_rat", "description", "Mistyped")));
        as(editor).body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("measures[1].indicatorCode"))
                .body("errors[0].message", equalTo("is not an indicator of the catalogue"));
        as(editor).queryParam("q", "Mistyped measure").get(BASE).then().body("total", equalTo(0));
    }

    @Test
    void aStrategyOfAnotherAreaIs422NamingTheField() {
        var body = new java.util.HashMap<>(body("Strategy elsewhere"));
        body.put("strategyId", createStrategy(OTHER_AREA, Tokens.editor(OTHER_AREA)));
        as(editor).body(body).post(BASE).then().statusCode(422)
                .body("errors.field", contains("strategyId"));
    }

    @Test
    void numberDefaultsToTheNextInTheStrategy() {
        as(editor).body(Map.of("strategyId", strategyId, "title", "First", "number", 4)).post(BASE).then()
                .statusCode(201);
        as(editor).body(Map.of("strategyId", strategyId, "title", "Next")).post(BASE).then().statusCode(201)
                .body("number", equalTo(5)).body("status", equalTo("not_started"));
    }

    @Test
    void listPagesSortsSearchesAndFilters() {
        for (String title : List.of("Alpha transitions", "Bravo short breaks", "Charlie autism pathway")) {
            as(editor).body(body(title)).post(BASE).then().statusCode(201);
        }
        as(editor).body(Map.of("strategyId", strategyId, "title", "Delta", "status", "at_risk")).post(BASE).then()
                .statusCode(201);
        as(editor).queryParam("strategyId", strategyId).queryParam("size", 2).queryParam("sort", "-title")
                .get(BASE).then().statusCode(200)
                .body("total", equalTo(4)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.title", contains("Delta", "Charlie autism pathway"));
        as(editor).queryParam("strategyId", strategyId).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "-title").get(BASE).then()
                .body("items.title", contains("Bravo short breaks", "Alpha transitions"));
        as(editor).queryParam("strategyId", strategyId).queryParam("q", "AUTISM").get(BASE).then()
                .body("items.title", contains("Charlie autism pathway"));
        as(editor).queryParam("strategyId", strategyId).queryParam("status", "at_risk").get(BASE).then()
                .body("items.title", contains("Delta"));
    }

    @Test
    void putWithoutIfMatchIs428AndChangesNothing() {
        String id = create("Unchanged").path("id");
        as(editor).body(body("Changed")).put(BASE + "/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("status", equalTo(428));
        as(editor).get(BASE + "/" + id).then().body("title", equalTo("Unchanged")).body("version", equalTo(0));
    }

    @Test
    void staleIfMatchIsRejectedWithTheCurrentRecordAndNothingChanges() {
        String id = create("Original").path("id");
        as(editor).header("If-Match", "\"0\"").body(body("First edit")).put(BASE + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        as(editor).header("If-Match", "\"0\"").body(body("Lost edit")).put(BASE + "/" + id).then()
                .statusCode(412)
                .body("currentVersion", equalTo(1))
                .body("current.title", equalTo("First edit"));
        as(editor).get(BASE + "/" + id).then().body("title", equalTo("First edit")).body("version", equalTo(1));
    }

    @Test
    void deleteArchivesAndRestoreBringsBack() {
        String id = create("To archive").path("id");
        as(editor).delete(BASE + "/" + id).then().statusCode(428);
        as(editor).header("If-Match", "\"0\"").delete(BASE + "/" + id).then().statusCode(200)
                .body("archived", equalTo(true)).header("ETag", "\"1\"");
        as(editor).queryParam("strategyId", strategyId).get(BASE).then()
                .body("items.id", not(hasItem(id)));
        as(editor).queryParam("strategyId", strategyId).queryParam("includeArchived", true).get(BASE).then()
                .body("items.id", hasItem(id));
        as(editor).get(BASE + "/" + id).then().statusCode(200).body("archived", equalTo(true));
        as(editor).post(BASE + "/" + id + "/restore").then().statusCode(200).body("archived", equalTo(false));
        as(editor).queryParam("strategyId", strategyId).get(BASE).then().body("items.id", hasItem(id));
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        String id = create("Audited").path("id");
        as(editor).header("If-Match", "\"0\"").body(body("Audited, edited")).put(BASE + "/" + id).then()
                .statusCode(200);
        as(editor).header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(200);
        as(editor).post(BASE + "/" + id + "/restore").then().statusCode(200);
        as(Tokens.viewer(AREA)).queryParam("entityId", id).get("/api/v1/areas/" + AREA + "/audit").then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.action", contains("restore", "archive", "update", "create"))
                .body("items[0].actor", equalTo("editor.test"))
                .body("items[2].before.title", equalTo("Audited"))
                .body("items[2].after.title", equalTo("Audited, edited"))
                .body("items[3].before", nullValue())
                .body("items[3].after.title", equalTo("Audited"));
    }

    @Test
    void anotherAreasRecordsAre404WithNoData() {
        String id = create("Private to the area").path("id");
        String outsider = Tokens.editor(OTHER_AREA);
        as(outsider).get(BASE + "/" + id).then().statusCode(404).body(not(containsString("Private")));
        as(outsider).get(BASE).then().statusCode(404);
        as(outsider).header("If-Match", "\"0\"").body(body("Hijack")).put(BASE + "/" + id).then().statusCode(404);
        as(outsider).body(body("Planted")).post(BASE).then().statusCode(404);
        // The record is not reachable through the caller's own area either.
        as(outsider).get("/api/v1/areas/" + OTHER_AREA + "/priorities/" + id).then().statusCode(404);
        as(editor).get(BASE + "/" + id).then().body("title", equalTo("Private to the area"));
    }

    @Test
    void noTokenIs401() {
        Api.anonymous().get(BASE).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        Api.anonymous().body(body("x")).post(BASE).then().statusCode(401);
    }

    @Test
    void aViewerMayReadButNotWrite() {
        String id = create("Read only").path("id");
        String viewer = Tokens.viewer(AREA);
        as(viewer).get(BASE + "/" + id).then().statusCode(200);
        as(viewer).body(body("Not allowed")).post(BASE).then().statusCode(403);
        as(viewer).header("If-Match", "\"0\"").body(body("Not allowed")).put(BASE + "/" + id).then().statusCode(403);
        as(viewer).header("If-Match", "\"0\"").delete(BASE + "/" + id).then().statusCode(403);
        as(viewer).post(BASE + "/" + id + "/restore").then().statusCode(403);
        as(editor).get(BASE + "/" + id).then().body("version", equalTo(0)).body("archived", equalTo(false));
    }

    @Test
    void malformedJsonIs400() {
        as(editor).body("{\"title\": ").post(BASE).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void wrongTypesAndUnknownValuesAre400NamingTheField() {
        as(editor).body(Map.of("strategyId", strategyId, "title", "T", "number", "first")).post(BASE).then()
                .statusCode(400).body("errors[0].field", equalTo("number"));
        as(editor).body(Map.of("strategyId", strategyId, "title", "T", "status", "green")).post(BASE).then()
                .statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("on_track"));
        as(editor).body(Map.of("strategyId", strategyId, "title", "T",
                "actions", List.of(Map.of("description", "d", "dueDate", "2025-02-30")))).post(BASE).then()
                .statusCode(400).body("errors[0].field", equalTo("actions[0].dueDate"));
        as(editor).body(Map.of("strategyId", "not-a-uuid", "title", "T")).post(BASE).then()
                .statusCode(400).body("errors[0].field", equalTo("strategyId"));
    }

    @Test
    void ruleBreakingBodiesAre422WithEveryFieldError() {
        as(editor).body(Map.of("title", "x".repeat(201), "lead", "y".repeat(201),
                "actions", List.of(Map.of("owner", "nobody")))).post(BASE).then()
                .statusCode(422)
                .body("errors.field", contains("actions[0].description", "lead", "strategyId", "title"));
    }

    @Test
    void aStrategyOfAnotherAreaIs422() {
        String foreignStrategy = createStrategy(OTHER_AREA, Tokens.editor(OTHER_AREA));
        as(editor).body(Map.of("strategyId", foreignStrategy, "title", "Cross-area")).post(BASE).then()
                .statusCode(422).body("errors[0].field", equalTo("strategyId"));
    }

    @Test
    void badParametersAre400() {
        as(editor).get(BASE + "/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as(editor).queryParam("size", 0).get(BASE).then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(editor).queryParam("size", 501).get(BASE).then().statusCode(400);
        as(editor).queryParam("page", "two").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(editor).queryParam("page", Integer.MAX_VALUE).queryParam("size", 50).get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(editor).queryParam("sort", "colour").get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(editor).queryParam("status", "green").get(BASE).then().statusCode(400);
        as(editor).queryParam("includeArchived", "maybe").get(BASE).then().statusCode(400);
        String id = create("Etag form").path("id");
        as(editor).header("If-Match", "version 0").body(body("x")).put(BASE + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void aMissingRecordIs404() {
        as(editor).get(BASE + "/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
