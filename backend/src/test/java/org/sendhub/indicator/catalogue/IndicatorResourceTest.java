package org.sendhub.indicator.catalogue;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IndicatorResourceTest {

    @Inject
    EntityManager em;

    static Map<String, Object> indicator(String code) {
        return Map.of("code", code, "name", "EHCP rate", "unit", "percent", "polarity", "no_judgement",
                "definition", "Pupils with an EHC plan as a share of all pupils",
                "source", "DfE Special educational needs in England", "breakdowns", List.of("primary_need", "phase"));
    }

    @Test
    void adminsKeepTheCatalogueAndEveryoneReadsIt() {
        String code = "ehcp_rate_" + System.nanoTime() % 100000;
        as(Tokens.editor("E09000023")).body(indicator(code)).post("/api/v1/indicators").then().statusCode(403);
        as(Tokens.admin()).body(indicator(code)).post("/api/v1/indicators").then().statusCode(201)
                .header("ETag", "\"0\"").body("breakdowns", contains("primary_need", "phase"));
        as(Tokens.admin()).body(indicator(code)).post("/api/v1/indicators").then().statusCode(409);
        as(Tokens.viewer("E09000023")).get("/api/v1/indicators/" + code).then().statusCode(200)
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
    void adminsArchiveAndRestoreAnIndicatorAndItsValuesStay() {
        String code = "archived_" + System.nanoTime() % 100000;
        as(Tokens.admin()).body(indicator(code)).post("/api/v1/indicators").then().statusCode(201);
        as(Tokens.admin()).delete("/api/v1/indicators/" + code).then().statusCode(428);
        as(Tokens.editor("E09000023")).header("If-Match", "\"0\"").delete("/api/v1/indicators/" + code).then()
                .statusCode(403);
        as(Tokens.admin()).header("If-Match", "\"0\"").delete("/api/v1/indicators/" + code).then().statusCode(200)
                .header("ETag", "\"1\"").body("archived", equalTo(true));
        as(Tokens.analyst()).queryParam("q", code).get("/api/v1/indicators").then().statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.analyst()).queryParam("q", code).queryParam("includeArchived", "true").get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", contains(code));
        as(Tokens.viewer()).get("/api/v1/indicators/" + code).then().statusCode(200).body("archived", equalTo(true));
        as(Tokens.admin()).post("/api/v1/indicators/" + code + "/restore").then().statusCode(200)
                .body("archived", equalTo(false)).body("version", equalTo(2));
        assertEquals(List.of("create", "archive", "restore"), auditedActions(code));
    }

    /** The catalogue belongs to no area, so its audit entries are read here rather than through an area's log. */
    @Transactional
    List<?> auditedActions(String code) {
        return em.createNativeQuery("SELECT action FROM audit_entry WHERE entity_type = 'indicator'"
                + " AND entity_id = :code ORDER BY at").setParameter("code", code).getResultList();
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
