package org.sendhub.priority;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.sendhub.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.ContractFilter;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** A priority measured by an indicator's figure: the category it follows, its target, where it stands. */
@QuarkusTest
class PriorityMeasureResourceTest {

    static final List<String> FRESH_AREAS = IntStream.rangeClosed(11, 19)
            .mapToObj(n -> String.format("E080000%02d", n)).toList();

    String area;
    String editor;
    String strategy;
    String needs;

    /** A fresh area, and an indicator by primary need with figures for it and for England. */
    void newArea() {
        area = Api.unusedArea(FRESH_AREAS);
        Api.ensureArea(area, "Measured borough");
        editor = Tokens.editor(area);
        strategy = Fixtures.strategy(area, editor);
        needs = "needs_" + area.toLowerCase();
        as(Tokens.admin()).body(Map.of("code", needs, "name", "EHC plans by primary need", "unit", "count",
                "polarity", "lower_is_better", "source", "DfE", "published", true,
                "breakdowns", List.of("primary_need"))).post("/api/v1/indicators").then().statusCode(201);
        importRows(needs + ",x," + area + ",x,2023,2023-01-01,primary_need,ASD,120,,,,,,",
                needs + ",x," + area + ",x,2024,2024-01-01,primary_need,ASD,110,,,,,,",
                needs + ",x," + area + ",x,2024,2024-01-01,total,total,900,,,,,,",
                needs + ",x,E92000001,x,2024,2024-01-01,primary_need,MLD,50000,,,,,,");
    }

    static void importRows(String... rows) {
        var csv = new StringBuilder("indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,"
                + "category,value,numerator,denominator,lower_ci,upper_ci,unit,note\n");
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        given().filter(new ContractFilter()).auth().oauth2(Tokens.admin()).contentType("text/csv")
                .accept("application/json").body(csv.toString()).post("/api/v1/indicator-values/import").then()
                .statusCode(200);
    }

    Map<String, Object> priority(Map<String, Object> measure) {
        return new HashMap<>(Map.of("strategyId", strategy, "title", Fixtures.unique("Autism"),
                "measures", List.of(measure)));
    }

    Map<String, Object> measure(Object... pairs) {
        var measure = new HashMap<String, Object>(Map.of("description", "Fewer plans for autism"));
        for (int i = 0; i < pairs.length; i += 2) {
            measure.put((String) pairs[i], pairs[i + 1]);
        }
        return measure;
    }

    String priorities() {
        return "/api/v1/areas/" + area + "/priorities";
    }

    @Test
    void aMeasureFollowsACategoryAndShowsItsLatestFigureTargetAndDirection() {
        newArea();
        String id = as(editor).body(priority(measure("indicatorCode", needs, "breakdown", "primary_need",
                "category", "ASD", "targetValue", 100, "targetDate", "2026-01-31"))).post(priorities()).then()
                .statusCode(201)
                .body("measures[0].breakdown", equalTo("primary_need"))
                .body("measures[0].category", equalTo("ASD"))
                .body("measures[0].targetValue", equalTo(100))
                .extract().path("id");
        as(Tokens.viewer(area)).get(priorities() + "/" + id + "/measures").then().statusCode(200)
                .body("items[0].indicatorName", equalTo("EHC plans by primary need"))
                .body("items[0].category", equalTo("ASD"))
                .body("items[0].latest.value", equalTo(110))
                .body("items[0].previous.value", equalTo(120))
                .body("items[0].direction", equalTo("improving"))
                .body("items[0].onTarget", equalTo(false))
                .body("items[0].toTarget", equalTo(-10))
                .body("items[0].benchmark.category", equalTo("ASD"))
                .body("items[0].benchmark.value.value", equalTo(110));
    }

    @Test
    void aMeasureWithoutABreakdownFollowsTheHeadlineFigure() {
        newArea();
        String id = as(editor).body(priority(measure("indicatorCode", needs))).post(priorities()).then()
                .statusCode(201).body("measures[0].breakdown", equalTo("total"))
                .body("measures[0].category", equalTo("total")).extract().path("id");
        as(Tokens.viewer(area)).get(priorities() + "/" + id + "/measures").then()
                .body("items[0].latest.value", equalTo(900)).body("items[0].direction", nullValue());
    }

    @Test
    void aCategoryNotOfTheIndicatorsBreakdownIs422AndNothingIsKept() {
        newArea();
        as(editor).body(priority(measure("indicatorCode", needs, "breakdown", "primary_need", "category", "XYZ")))
                .post(priorities()).then().statusCode(422)
                .body("errors.field", contains("measures[0].category"))
                .body("errors[0].message", containsString("is not a category of EHC plans by primary need"));
        as(editor).body(priority(measure("indicatorCode", needs, "breakdown", "sex", "category", "Girls")))
                .post(priorities()).then().statusCode(422)
                .body("errors.field", contains("measures[0].breakdown"))
                .body("errors[0].message", containsString("it has primary_need"));
        as(editor).body(priority(measure("indicatorCode", needs, "category", "ASD"))).post(priorities()).then()
                .statusCode(422).body("errors.field", contains("measures[0].category"));
        as(editor).body(priority(measure("breakdown", "primary_need", "targetValue", 3))).post(priorities()).then()
                .statusCode(422).body("errors.field", contains("measures[0].breakdown", "measures[0].targetValue"));
        as(editor).body(priority(measure("indicatorCode", "no_such_indicator", "category", "ASD")))
                .post(priorities()).then().statusCode(422)
                .body("errors.field", contains("measures[0].indicatorCode"));
        as(editor).get(priorities()).then().body("total", equalTo(0));
    }

    @Test
    void aPrimaryNeedWithNoFiguresYetIsStillAChoice() {
        newArea();
        as(editor).body(priority(measure("indicatorCode", needs, "breakdown", "primary_need", "category", "VI")))
                .post(priorities()).then().statusCode(201);
    }

    @Test
    void thePickerListsEachIndicatorWithItsUnitSourceAndTheAreasFigures() {
        newArea();
        var choices = as(Tokens.viewer(area)).get("/api/v1/areas/" + area + "/indicator-choices").then()
                .statusCode(200).extract().jsonPath();
        String at = "items.find { it.code == '" + needs + "' }";
        org.hamcrest.MatcherAssert.assertThat(choices.getString(at + ".unit"), equalTo("count"));
        org.hamcrest.MatcherAssert.assertThat(choices.getString(at + ".source"), equalTo("DfE"));
        org.hamcrest.MatcherAssert.assertThat(choices.getBoolean(at + ".hasData"), equalTo(true));
        var categories = choices.getList(at + ".breakdowns[0].categories.category", String.class);
        org.hamcrest.MatcherAssert.assertThat(categories, hasItem("ASD"));
        org.hamcrest.MatcherAssert.assertThat(categories, hasItem("SEMH"));
        org.hamcrest.MatcherAssert.assertThat(categories, not(hasItem("total")));
        org.hamcrest.MatcherAssert.assertThat(choices.getBoolean(at
                + ".breakdowns[0].categories.find { it.category == 'ASD' }.hasData"), equalTo(true));
        org.hamcrest.MatcherAssert.assertThat(choices.getBoolean(at
                + ".breakdowns[0].categories.find { it.category == 'MLD' }.hasData"), equalTo(false));
        as(Tokens.viewer("E08000003")).get("/api/v1/areas/" + area + "/indicator-choices").then().statusCode(404);
    }
}
