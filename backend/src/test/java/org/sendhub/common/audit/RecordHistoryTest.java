package org.sendhub.common.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** A record's history: every change, newest first, field by field, from the audit log. */
@QuarkusTest
class RecordHistoryTest {

    static final String AREA = "E09000021";
    static final String OTHER = "E09000022";

    @Test
    void everyChangeFieldByFieldNewestFirst() {
        Api.ensureArea(AREA, "History borough");
        String editor = Tokens.editor(AREA);
        String strategy = Fixtures.strategy(AREA, editor);
        String base = "/api/v1/areas/" + AREA + "/priorities";
        String id = as(editor).body(Map.of("strategyId", strategy, "title", "Early help", "status", "on_track"))
                .post(base).then().statusCode(201).extract().path("id");
        as(editor).header("If-Match", "\"0\"").body(Map.of("strategyId", strategy, "title", "Early help for all",
                "status", "at_risk")).put(base + "/" + id).then().statusCode(200);
        as(editor).header("If-Match", "\"1\"").delete(base + "/" + id).then().statusCode(200);
        as(editor).post(base + "/" + id + "/restore").then().statusCode(200);

        var history = as(Tokens.viewer(AREA)).get(base + "/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(4)).body("items.action", contains("restore", "archive", "update", "create"))
                .body("items[0].changes", empty()).body("items[1].changes", empty())
                .body("items[3].changes.field", hasItem("title")).extract().jsonPath();
        List<Map<String, Object>> update = history.getList("items[2].changes");
        assertEquals(List.of("title", "status"), update.stream().map(c -> c.get("field")).toList(),
                "only what changed, in the record's order");
        assertEquals("on_track", update.get(1).get("before"));
        assertEquals("at_risk", update.get(1).get("after"));
        assertEquals("Early help", update.get(0).get("before"));
        assertEquals("editor.test", history.getString("items[2].actor"));
    }

    @Test
    void anotherAreasRecordOrNoneIsNotFound() {
        Api.ensureArea(AREA, "History borough");
        Api.ensureArea(OTHER, "Other borough");
        String editor = Tokens.editor(AREA);
        String strategy = Fixtures.strategy(AREA, editor);
        as(Tokens.viewer(OTHER)).get("/api/v1/areas/" + AREA + "/strategies/" + strategy + "/history").then()
                .statusCode(404);
        as(Tokens.viewer(OTHER)).get("/api/v1/areas/" + OTHER + "/strategies/" + strategy + "/history").then()
                .statusCode(404);
        as(editor).get("/api/v1/areas/" + AREA + "/strategies/not-a-uuid/history").then().statusCode(400);
        as(editor).queryParam("size", 0).get("/api/v1/areas/" + AREA + "/strategies/" + strategy + "/history")
                .then().statusCode(400);
    }
}
