package org.sendhub.strategy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sendhub.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StrategyResourceTest {

    static final String AREA = "E09000009";
    static final String BASE = "/api/v1/areas/" + AREA + "/strategies";
    String editor = Tokens.editor(AREA);

    @BeforeEach
    void area() {
        Api.ensureArea(AREA, "Strategy borough");
    }

    Map<String, Object> body(String title, String start, String end) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("periodStart", start);
        body.put("periodEnd", end);
        body.put("status", "active");
        body.put("vision", "Every child happy, healthy and safe");
        body.put("principles", List.of("Co-production", "Early help"));
        return body;
    }

    @Test
    void createReadUpdateArchiveRestore() {
        String id = as(editor).body(body("Plan 2024-27", "2024-01-01", "2027-12-31")).post(BASE).then()
                .statusCode(201).body("principles", contains("Co-production", "Early help"))
                .extract().path("id");
        as(editor).header("If-Match", "\"0\"").body(body("Plan 2024-28", "2024-01-01", "2028-12-31"))
                .put(BASE + "/" + id).then().statusCode(200).body("periodEnd", equalTo("2028-12-31"));
        as(editor).header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(200)
                .body("archived", equalTo(true));
        as(editor).get(BASE).then().body("items.id", not(hasItem(id)));
        as(editor).post(BASE + "/" + id + "/restore").then().statusCode(200).body("archived", equalTo(false));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIs422() {
        as(editor).body(body("Backwards", "2026-01-01", "2025-01-01")).post(BASE).then().statusCode(422)
                .body("errors[0].field", equalTo("periodEnd"));
    }

    @Test
    void aStrategyMayHaveNoStatedPeriodAndSortsLast() {
        String title = "Undated " + System.nanoTime();
        as(editor).body(body(title, null, null)).post(BASE).then().statusCode(201)
                .body("periodStart", equalTo(null));
        List<String> titles = as(editor).queryParam("size", 500).get(BASE).then().statusCode(200).extract()
                .path("items.title");
        org.junit.jupiter.api.Assertions.assertEquals(title, titles.get(titles.size() - 1),
                "an undated strategy sorts after the dated ones");
        as(editor).queryParam("status", "active").queryParam("q", "undated").get(BASE).then()
                .body("items.title", hasItem(title));
    }

    @Test
    void blankPrinciplesAreRejectedByPosition() {
        var body = body("Principled", "2024-01-01", "2025-01-01");
        body.put("principles", List.of("Fine", " "));
        as(editor).body(body).post(BASE).then().statusCode(422)
                .body("errors[0].field", equalTo("principles[1]"));
    }
}
