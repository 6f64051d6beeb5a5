package org.sendhub.service;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceResourceTest {

    static final String AREA = "E09000012";
    static final String BASE = "/api/v1/areas/" + AREA + "/services";
    String editor = Tokens.editor(AREA);

    private static boolean made;

    /** Once per class (a @BeforeAll would run before Quarkus gives REST Assured its port). */
    @BeforeEach
    void register() {
        if (made) {
            return;
        }
        made = true;
        Api.ensureArea(AREA, "Services borough");
        var vmht = Fixtures.service("Virtual Mental Health Team");
        vmht.putAll(Map.of("tier", "specialist", "sectors", List.of("health"), "needs", List.of("SEMH"),
                "provider", "Manchester University NHS FT", "fundingModel", "pooled", "annualValue", 450000.50,
                "contractStart", "2023-04-01", "contractEnd", "2026-03-31", "reviewDate", "2025-10-01"));
        vmht.putAll(Map.of("stage", "do", "status", "active", "ageFrom", 5, "ageTo", 18,
                "commissioners", List.of("Manchester City Council", "NHS Greater Manchester")));
        Fixtures.create(AREA, editor, "services", vmht);
        var pathway = Fixtures.service("Social Communication pathway");
        pathway.putAll(Map.of("tier", "targeted", "sectors", List.of("health", "education"),
                "needs", List.of("ASD", "SLCN"), "fundingModel", "aligned", "stage", "review", "status", "active",
                "contractStart", "2022-01-01", "contractEnd", "2027-12-31", "annualValue", 120000));
        Fixtures.create(AREA, editor, "services", pathway);
        var breaks = Fixtures.service("Short breaks");
        breaks.putAll(Map.of("tier", "universal", "sectors", List.of("social_care"), "needs", List.of("PMLD", "SLD"),
                "stage", "plan", "status", "planned", "provider", "Local charity"));
        Fixtures.create(AREA, editor, "services", breaks);
    }

    @Test
    void theRegisterFiltersAsACommissionerAsks() {
        as(editor).queryParam("need", "ASD").get(BASE).then().body("items.name", contains("Social Communication pathway"));
        as(editor).queryParam("need", "SLD").get(BASE).then().body("items.name", contains("Short breaks"));
        as(editor).queryParam("sector", "health").get(BASE).then()
                .body("items.name", contains("Social Communication pathway", "Virtual Mental Health Team"));
        as(editor).queryParam("status", "planned").get(BASE).then().body("items.name", contains("Short breaks"));
        as(editor).queryParam("stage", "review").get(BASE).then()
                .body("items.name", contains("Social Communication pathway"));
        as(editor).queryParam("tier", "specialist").get(BASE).then()
                .body("items.name", contains("Virtual Mental Health Team"));
        as(editor).queryParam("fundingModel", "pooled").get(BASE).then()
                .body("items.name", contains("Virtual Mental Health Team"));
        as(editor).queryParam("provider", "nhs").get(BASE).then()
                .body("items.name", contains("Virtual Mental Health Team"));
        as(editor).queryParam("contractEndsBefore", "2026-06-30").get(BASE).then()
                .body("items.name", contains("Virtual Mental Health Team"));
        as(editor).queryParam("reviewDueBefore", "2026-01-01").get(BASE).then()
                .body("items.name", contains("Virtual Mental Health Team"));
        as(editor).queryParam("sort", "-annualValue").queryParam("status", "active").get(BASE).then()
                .body("items.name", contains("Virtual Mental Health Team", "Social Communication pathway"))
                .body("items[0].annualValue", equalTo(450000.50f));
        // The value is of every matching service, not only the page's.
        as(editor).queryParam("size", 1).queryParam("sort", "name").get(BASE).then()
                .body("items.name", contains("Short breaks")).body("total", equalTo(3))
                .body("totalAnnualValue", equalTo(570000.50f)).body("withoutAnnualValue", equalTo(1));
        as(editor).queryParam("sector", "health").queryParam("size", 1).get(BASE).then()
                .body("totalAnnualValue", equalTo(570000.50f)).body("withoutAnnualValue", equalTo(0));
        as(editor).queryParam("status", "planned").get(BASE).then()
                .body("totalAnnualValue", equalTo(0)).body("withoutAnnualValue", equalTo(1));
        as(editor).queryParam("need", "autism").get(BASE).then().statusCode(400)
                .body("errors[0].message", containsString("ASD"));
        as(editor).queryParam("contractEndsBefore", "next year").get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("contractEndsBefore"));
    }

    @Test
    void aCommissionersRulesAreFieldErrors() {
        var bad = Fixtures.service("Backwards");
        bad.putAll(Map.of("contractStart", "2025-04-01", "contractEnd", "2024-03-31", "ageFrom", 16, "ageTo", 26,
                "annualValue", -5, "localOfferUrl", "not a url"));
        as(editor).body(bad).post(BASE).then().statusCode(422)
                .body("errors.field", contains("ageTo", "annualValue", "localOfferUrl", "contractEnd"));
        var inverted = Fixtures.service("Inverted ages");
        inverted.putAll(Map.of("ageFrom", 19, "ageTo", 5));
        as(editor).body(inverted).post(BASE).then().statusCode(422).body("errors[0].field", equalTo("ageTo"));
        var unknownNeed = Fixtures.service("Unknown need");
        unknownNeed.put("needs", List.of("ASD", "DYSLEXIA"));
        as(editor).body(unknownNeed).post(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("needs[1]")).body("errors[0].message", containsString("SPLD"));
        as(editor).queryParam("q", "Backwards").get(BASE).then().body("total", equalTo(0));
    }
}
