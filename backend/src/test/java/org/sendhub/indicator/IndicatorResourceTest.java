package org.sendhub.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IndicatorResourceTest {

    static Map<String, Object> indicator(String code) {
        return Map.of("code", code, "name", "EHCP rate", "unit", "percent", "polarity", "no_judgement",
                "definition", "Pupils with an EHC plan as a share of all pupils",
                "source", "DfE Special educational needs in England", "breakdowns", List.of("primary_need", "phase"));
    }

    @Test
    void adminsKeepTheCatalogueAndEveryoneReadsIt() {
        String code = "ehcp_rate_" + System.nanoTime() % 100000;
        as(Tokens.editor("E09000101")).body(indicator(code)).post("/api/v1/indicators").then().statusCode(403);
        as(Tokens.admin()).body(indicator(code)).post("/api/v1/indicators").then().statusCode(201)
                .header("ETag", "\"0\"").body("breakdowns", contains("primary_need", "phase"));
        as(Tokens.admin()).body(indicator(code)).post("/api/v1/indicators").then().statusCode(409);
        as(Tokens.viewer("E09000101")).get("/api/v1/indicators/" + code).then().statusCode(200)
                .body("unit", equalTo("percent"));
        as(Tokens.analyst()).queryParam("q", code).get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", hasItem(code));
        var changed = new java.util.HashMap<>(indicator(code));
        changed.put("polarity", "lower_is_better");
        as(Tokens.admin()).header("If-Match", "\"0\"").body(changed).put("/api/v1/indicators/" + code).then()
                .statusCode(200).body("polarity", equalTo("lower_is_better"));
        as(Tokens.admin()).header("If-Match", "\"0\"").body(changed).put("/api/v1/indicators/" + code).then()
                .statusCode(412);
    }

    @Test
    void badIndicatorsAreRefused() {
        as(Tokens.admin()).body(Map.of("code", "EHCP Rate", "name", "", "unit", "percent", "polarity", "no_judgement"))
                .post("/api/v1/indicators").then().statusCode(422).body("errors.field", contains("code", "name"));
        as(Tokens.admin()).body(Map.of("code", "x", "name", "X", "unit", "percentage", "polarity", "no_judgement"))
                .post("/api/v1/indicators").then().statusCode(400).body("errors[0].field", equalTo("unit"));
        as(Tokens.viewer()).get("/api/v1/indicators/no_such_indicator").then().statusCode(404);
    }
}
