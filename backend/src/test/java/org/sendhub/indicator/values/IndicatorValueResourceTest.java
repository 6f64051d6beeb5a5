package org.sendhub.indicator.values;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendhub.indicator.values.ConfidenceIntervalsTest.assertFourFigures;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.ContractFilter;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The analysts' CSV: tidy export, all-or-nothing import, round trip, derived figures. */
@QuarkusTest
class IndicatorValueResourceTest {

    static final String MINE = "E09000014";
    static final String OTHER = "E09000015";
    static final String ENGLAND = "E92000001";
    static final String NORTH_WEST = "E12000002";
    /** The first 15 columns: files written before suppression was added still import. */
    static final String HEADER = "indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,"
            + "category,value,numerator,denominator,lower_ci,upper_ci,unit,note";
    static final String HEADER_WITH_SUPPRESSION = HEADER + ",suppression";

    String code;
    String editor = Tokens.editor(MINE);

    @BeforeEach
    void catalogue() {
        Api.ensureArea(MINE, "Import borough");
        Api.ensureArea(OTHER, "Other borough");
        code = "ehcp_" + System.nanoTime() % 1_000_000_000L;
        as(Tokens.admin()).body(Map.of("code", code, "name", "Pupils with an EHC plan, by need", "unit", "count",
                "polarity", "lower_is_better", "breakdowns", List.of("primary_need")))
                .post("/api/v1/indicators").then().statusCode(201);
    }

    String row(String area, String period, String start, String breakdown, String category, String value,
            String lower, String upper, String note) {
        return String.join(",", code, "\"Pupils with an EHC plan, by need\"", area, "x", period, start, breakdown,
                category, value, "", "", lower, upper, "count", note);
    }

    String file(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** A row of the 16-column file: the figure withheld, with its symbol. */
    String suppressedRow(String area, String period, String start, String value, String suppression) {
        return String.join(",", code, "x", area, "x", period, start, "total", "total", value, "", "", "", "",
                "count", "", suppression);
    }

    String fileWithSuppression(String... rows) {
        return HEADER_WITH_SUPPRESSION + "\n" + String.join("\n", rows) + "\n";
    }

    void publish() {
        var etag = as(Tokens.admin()).get("/api/v1/indicators/" + code).header("ETag");
        as(Tokens.admin()).header("If-Match", etag).body(Map.of("code", code, "name", "Pupils with an EHC plan, by need",
                "unit", "count", "polarity", "lower_is_better", "breakdowns", List.of("primary_need"), "published", true))
                .put("/api/v1/indicators/" + code).then().statusCode(200).body("published", equalTo(true));
    }

    static RequestSpecification csv(String token) {
        return given().filter(new ContractFilter()).auth().oauth2(token).contentType("text/csv")
                .accept("application/json");
    }

    long count(String token) {
        return ((Number) as(token).queryParam("indicator", code).get("/api/v1/indicator-values").then()
                .statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void importThenExportThenImportAgainChangesNothing() {
        String original = file(
                row(MINE, "2019", "2019-01-01", "primary_need", "ASD", "400", "", "", ""),
                row(MINE, "2023", "2023-01-01", "primary_need", "ASD", "630", "", "", "\"Provisional, revised\""),
                row(MINE, "2023", "2023-01-01", "total", "total", "2798", "2700.5", "2900", ""));
        csv(editor).body(original).post("/api/v1/indicator-values/import").then().statusCode(200)
                .body("rows", equalTo(3)).body("inserted", equalTo(3)).body("unchanged", equalTo(0))
                .body("areaCodes", contains(MINE)).body("indicatorCodes", contains(code));

        var export = as(editor).accept("text/csv").queryParam("indicator", code).get("/api/v1/indicator-values")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"sendhub-indicator-values-"))
                .extract().asString();
        var lines = export.split("\n");
        assertEquals(HEADER_WITH_SUPPRESSION, lines[0]);
        assertEquals(4, lines.length, export);
        // Headline first, then the breakdown; each row tidy and complete with metadata (the place's name).
        assertEquals(code + ",\"Pupils with an EHC plan, by need\"," + MINE
                + ",Haringey,2023,2023-01-01,total,total,2798,,,2700.5,2900,count,,", lines[1]);
        assertEquals(code + ",\"Pupils with an EHC plan, by need\"," + MINE
                + ",Haringey,2023,2023-01-01,primary_need,ASD,630,,,,,count,\"Provisional, revised\",", lines[3]);

        csv(editor).body(export).post("/api/v1/indicator-values/import").then().statusCode(200)
                .body("rows", equalTo(3)).body("inserted", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(3));
        String again = as(editor).queryParam("format", "csv").queryParam("indicator", code)
                .get("/api/v1/indicator-values").then().statusCode(200).extract().asString();
        assertEquals(export, again);
    }

    @Test
    void aReimportReplacesAValueInsteadOfDuplicatingIt() {
        csv(editor).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "10", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        csv(editor).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "12", "", "", "revised")))
                .post("/api/v1/indicator-values/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("inserted", equalTo(0));
        as(editor).queryParam("indicator", code).get("/api/v1/indicator-values").then()
                .body("total", equalTo(1)).body("items[0].value", equalTo(12)).body("items[0].note", equalTo("revised"));
        as(editor).queryParam("entityType", "indicator_values").get("/api/v1/areas/" + MINE + "/audit").then()
                .body("items[0].action", equalTo("import")).body("items[0].after.updated", equalTo(1));
    }

    @Test
    void oneBadRowRejectsTheFileWithEveryBadRowAndWritesNothing() {
        String bad = file(
                row(MINE, "2023", "2023-01-01", "total", "total", "10", "", "", ""),
                row(MINE, "2023", "2023-01-01", "primary_need", "ASD", "ten", "", "", ""),
                row(MINE, "2022", "2022-01-01", "total", "total", "10", "11", "12", ""),
                row(MINE, "2022", "2022-01-01", "sex", "F", "10", "", "", ""),
                row("E09999999", "2022", "2022-01-01", "total", "total", "1", "", "", ""),
                row(OTHER, "2022", "2022-01-01", "total", "total", "1", "", "", ""),
                row(MINE, "2021", "2021-13-01", "total", "total", "1", "", "", ""),
                "no_such_indicator,x," + MINE + ",x,2021,2021-01-01,total,total,1,,,,,,\"\"",
                row(MINE, "2023", "2023-01-01", "total", "total", "11", "", "", ""),
                "too,few,fields");
        csv(editor).body(bad).post("/api/v1/indicator-values/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errorCount", equalTo(9))
                .body("rowErrors.collect { it.line + ':' + it.column }", containsInAnyOrder(
                        "3:value", "4:lower_ci", "5:breakdown", "6:area_code", "7:area_code", "8:period_start",
                        "9:indicator_code", "10:", "11:"))
                .body("rowErrors.find { it.line == 10 }.message", containsString("repeats line 2"))
                .body("rowErrors.find { it.line == 5 }.message", containsString("not a breakdown"))
                .body("rowErrors.find { it.line == 7 }.message", containsString("not one of your areas"))
                .body("rowErrors.find { it.line == 4 }.message", containsString("around"));
        assertEquals(0, count(Tokens.admin()));
    }

    @Test
    void aDuplicateKeyInTheFileIsABadRow() {
        csv(editor).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "10", "", "", ""),
                row(MINE, "2024", "2024-01-01", "total", "total", "11", "", "", ""),
                row(MINE, "2023", "2023-01-01", "total", "total", "12", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(422)
                .body("rowErrors[0].line", equalTo(4)).body("rowErrors[0].message", containsString("repeats line 2"));
        assertEquals(0, count(Tokens.admin()));
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
        csv(editor).queryParam("dryRun", true)
                .body(file(row(MINE, "2023", "2023-01-01", "total", "total", "10", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("inserted", equalTo(1));
        assertEquals(0, count(Tokens.admin()));
    }

    @Test
    void aWrongHeaderNoRowsOrNotCsvAreRefused() {
        csv(editor).body("code,area,value\r\n").post("/api/v1/indicator-values/import").then().statusCode(422)
                .body("rowErrors[0].line", equalTo(1));
        csv(editor).body(HEADER + "\n").post("/api/v1/indicator-values/import").then().statusCode(422);
        as(editor).body("{}").post("/api/v1/indicator-values/import").then().statusCode(415);
        byte[] latin1 = file(row(MINE, "2023", "2023-01-01", "total", "total", "1", "", "", "caf\u00e9"))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        csv(editor).body(latin1).post("/api/v1/indicator-values/import").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        csv(Tokens.viewer(MINE)).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "1", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(403);
    }

    @Test
    void analystsReadEveryAreaOthersOnlyTheirs() {
        csv(Tokens.admin()).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "1", "", "", ""),
                row(OTHER, "2023", "2023-01-01", "total", "total", "2", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        as(Tokens.analyst(MINE)).queryParam("indicator", code).get("/api/v1/indicator-values").then()
                .body("items.areaCode", contains(MINE, OTHER));
        as(Tokens.viewer(MINE)).queryParam("indicator", code).get("/api/v1/indicator-values").then()
                .body("items.areaCode", contains(MINE));
        // A local indicator's values of a place outside the claim: none, and nothing said about them.
        as(Tokens.viewer(MINE)).queryParam("indicator", code).queryParam("area", OTHER)
                .get("/api/v1/indicator-values").then().statusCode(200).body("total", equalTo(0));
        as(Tokens.viewer(MINE)).queryParam("indicator", code).queryParam("area", OTHER).queryParam("format", "csv")
                .get("/api/v1/indicator-values").then().statusCode(200).body(equalTo(HEADER_WITH_SUPPRESSION + "\n"));
        as(Tokens.viewer(MINE)).queryParam("area", OTHER).get("/api/v1/indicators/" + code + "/trend").then()
                .statusCode(404);
        as(Tokens.analyst()).queryParam("indicator", code).queryParam("area", OTHER).queryParam("area", MINE)
                .queryParam("size", 1).get("/api/v1/indicator-values").then()
                .body("total", equalTo(2)).body("items.areaCode", contains(MINE));
    }

    @Test
    void publishedValuesAreReadByEveryoneForEveryPlace() {
        publish();
        csv(Tokens.admin()).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "1", "", "", ""),
                row(OTHER, "2023", "2023-01-01", "total", "total", "2", "", "", ""),
                row(NORTH_WEST, "2023", "2023-01-01", "total", "total", "3", "", "", ""),
                row(ENGLAND, "2022", "2022-01-01", "total", "total", "3.5", "", "", ""),
                row(ENGLAND, "2023", "2023-01-01", "total", "total", "4", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        as(Tokens.viewer(MINE)).queryParam("indicator", code).get("/api/v1/indicator-values").then().statusCode(200)
                .body("total", equalTo(5)).body("items.areaName", hasItems("England", "North West", "Harrow"));
        as(Tokens.viewer(OTHER)).queryParam("indicator", code).queryParam("area", ENGLAND).queryParam("area", MINE)
                .get("/api/v1/indicator-values").then().statusCode(200)
                .body("items.areaCode", contains(MINE, ENGLAND, ENGLAND));
        String csv = as(Tokens.editor(OTHER)).queryParam("indicator", code).queryParam("area", NORTH_WEST)
                .queryParam("format", "csv").get("/api/v1/indicator-values").then().statusCode(200).extract().asString();
        assertEquals(2, csv.split("\n").length, csv);
        as(Tokens.viewer(OTHER)).queryParam("area", ENGLAND).queryParam("compareTo", MINE)
                .get("/api/v1/indicators/" + code + "/trend").then().statusCode(200)
                .body("latest.value", equalTo(4)).body("comparison.value", equalTo(1));
        // Importing stays as it was: editors for their own areas only.
        csv(Tokens.editor(OTHER)).body(file(row(ENGLAND, "2024", "2024-01-01", "total", "total", "5", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(422)
                .body("rowErrors[0].column", equalTo("area_code"));
    }

    @Test
    void aSuppressedFigureTravelsWithItsSymbolAndNoValue() {
        csv(Tokens.admin()).body(fileWithSuppression(suppressedRow(MINE, "2022", "2022-01-01", "", "c"),
                suppressedRow(MINE, "2023", "2023-01-01", "12", ""),
                suppressedRow(ENGLAND, "2023", "2023-01-01", "", "low")))
                .post("/api/v1/indicator-values/import").then().statusCode(200).body("inserted", equalTo(3));
        as(Tokens.admin()).queryParam("indicator", code).get("/api/v1/indicator-values").then().statusCode(200)
                .body("items.suppression", contains("c", null, "low"))
                .body("items.value", contains(null, 12, null));
        String export = as(Tokens.admin()).queryParam("indicator", code).queryParam("format", "csv")
                .get("/api/v1/indicator-values").then().statusCode(200).extract().asString();
        assertEquals(code + ",\"Pupils with an EHC plan, by need\"," + MINE
                + ",Haringey,2022,2022-01-01,total,total,,,,,,count,,c", export.split("\n")[1]);
        csv(Tokens.admin()).body(export).post("/api/v1/indicator-values/import").then().statusCode(200)
                .body("unchanged", equalTo(3));
        // The source releasing the figure later replaces the symbol by the value.
        csv(Tokens.admin()).body(fileWithSuppression(suppressedRow(MINE, "2022", "2022-01-01", "7", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200).body("updated", equalTo(1));
        as(Tokens.admin()).queryParam("indicator", code).queryParam("area", MINE).queryParam("to", "2022")
                .get("/api/v1/indicator-values").then().body("items[0].value", equalTo(7))
                .body("items[0].suppression", equalTo(null));
        // The trend reads figures only: a withheld one is left out, never taken as zero, and said.
        as(Tokens.admin()).queryParam("area", ENGLAND).get("/api/v1/indicators/" + code + "/trend").then()
                .statusCode(200).body("series", org.hamcrest.Matchers.empty())
                .body("withheld.suppression", contains("low"));
    }

    @Test
    void aSuppressionSymbolMustBeKnownAndComeWithoutAValue() {
        csv(Tokens.admin()).body(fileWithSuppression(suppressedRow(MINE, "2022", "2022-01-01", "5", "c"),
                suppressedRow(MINE, "2023", "2023-01-01", "", "withheld"),
                suppressedRow(MINE, "2021", "2021-01-01", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(422)
                .body("rowErrors.collect { it.line + ':' + it.column }", contains("2:value", "3:suppression"));
        csv(Tokens.admin()).body(HEADER_WITH_SUPPRESSION + "\n" + row(MINE, "2023", "2023-01-01", "total", "total",
                "1", "", "", "")).post("/api/v1/indicator-values/import").then().statusCode(422)
                .body("rowErrors[0].line", equalTo(2)).body("rowErrors[0].message", containsString("needs 16"));
        assertEquals(0, count(Tokens.admin()));
    }

    @Test
    void filtersByPeriodAndBreakdown() {
        csv(editor).body(file(row(MINE, "2019", "2019-01-01", "total", "total", "1", "", "", ""),
                row(MINE, "2021", "2021-01-01", "total", "total", "2", "", "", ""),
                row(MINE, "2023", "2023-01-01", "total", "total", "3", "", "", ""),
                row(MINE, "2023", "2023-01-01", "primary_need", "SLCN", "4", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        as(editor).queryParam("indicator", code).queryParam("from", "2020").queryParam("to", "2023")
                .queryParam("breakdown", "total").get("/api/v1/indicator-values").then()
                .body("items.period", contains("2021", "2023"));
        as(editor).queryParam("indicator", code).queryParam("breakdown", "primary_need").get("/api/v1/indicator-values")
                .then().body("items.category", contains("SLCN"));
        as(editor).queryParam("from", "last year").get("/api/v1/indicator-values").then().statusCode(400);
    }

    @Test
    void theTrendGivesGrowthDirectionAndComparison() {
        csv(Tokens.admin()).body(file(row(MINE, "2019", "2019-01-01", "primary_need", "ASD", "400", "", "", ""),
                row(MINE, "2021", "2021-01-01", "primary_need", "ASD", "520", "", "", ""),
                row(MINE, "2023", "2023-01-01", "primary_need", "ASD", "630", "", "", ""),
                row(ENGLAND, "2023", "2023-01-01", "primary_need", "ASD", "600", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        as(Tokens.analyst(MINE)).queryParam("area", MINE).queryParam("compareTo", ENGLAND)
                .queryParam("breakdown", "primary_need").queryParam("category", "ASD")
                .get("/api/v1/indicators/" + code + "/trend").then().statusCode(200)
                .body("series.period", contains("2019", "2021", "2023"))
                .body("latest.value", equalTo(630))
                .body("change.percent", equalTo(57.5f))
                .body("change.absolute", equalTo(230))
                .body("direction", equalTo("worsening"))
                .body("comparison.value", equalTo(600))
                .body("comparison.difference", equalTo(30));
        as(Tokens.analyst(MINE)).queryParam("area", MINE).queryParam("from", "2021")
                .get("/api/v1/indicators/" + code + "/trend").then().statusCode(200)
                .body("series", org.hamcrest.Matchers.empty()).body("latest", equalTo(null))
                .body("change", equalTo(null));
    }

    @Test
    void aPriorityMeasureShowsItsLatestValueTargetAndDirection() {
        csv(editor).body(file(row(MINE, "2022", "2022-01-01", "total", "total", "120", "", "", ""),
                row(MINE, "2023", "2023-01-01", "total", "total", "90", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        String strategy = org.sendhub.testsupport.Fixtures.strategy(MINE, editor);
        String priority = as(editor).body(Map.of("strategyId", strategy, "title", "Fewer plans needed",
                "measures", List.of(Map.of("indicatorCode", code, "description", "EHC plans", "target", "100 or fewer",
                        "targetValue", 100), Map.of("description", "Families say it got better"))))
                .post("/api/v1/areas/" + MINE + "/priorities").then().statusCode(201).extract().path("id");
        as(Tokens.viewer(MINE)).get("/api/v1/areas/" + MINE + "/priorities/" + priority + "/measures").then()
                .statusCode(200)
                .body("items[0].latest.value", equalTo(90))
                .body("items[0].previous.value", equalTo(120))
                .body("items[0].direction", equalTo("improving"))
                .body("items[0].onTarget", equalTo(true))
                .body("items[1].latest", equalTo(null))
                .body("items.description", hasItems("EHC plans", "Families say it got better"));
        as(Tokens.viewer(OTHER)).get("/api/v1/areas/" + MINE + "/priorities/" + priority + "/measures").then()
                .statusCode(404);
    }

    @Test
    void jsonPagesCarryTheMetadata() {
        csv(editor).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "5", "4", "6", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        as(editor).queryParam("indicator", code).get("/api/v1/indicator-values").then().statusCode(200)
                .body("items[0].indicatorName", equalTo("Pupils with an EHC plan, by need"))
                .body("items[0].areaName", equalTo("Haringey"))
                .body("items[0].unit", equalTo("count"))
                .body("items[0].lowerCi", equalTo(4))
                .body("items.periodStart", hasItem("2023-01-01"));
    }

    @Test
    void eachValueCarriesItsIntervalsAndTheMethodThatMadeThem() {
        String timely = "timely_" + System.nanoTime() % 1_000_000_000L;
        as(Tokens.admin()).body(Map.of("code", timely, "name", "EHC plans issued within 20 weeks", "unit", "percent",
                "polarity", "higher_is_better", "breakdowns", List.of())).post("/api/v1/indicators").then()
                .statusCode(201);
        String name = "\"EHC plans issued within 20 weeks\"";
        csv(Tokens.admin()).body(fileWithSuppression(
                String.join(",", timely, name, MINE, "x", "2023", "2023-01-01", "total", "total", "63.5", "1052",
                        "1657", "", "", "percent", "", ""),
                String.join(",", timely, name, MINE, "x", "2024", "2024-01-01", "total", "total", "40", "", "", "38",
                        "42", "percent", "", ""),
                String.join(",", timely, name, ENGLAND, "x", "2023", "2023-01-01", "total", "total", "", "", "", "",
                        "", "percent", "", "c")))
                .post("/api/v1/indicator-values/import").then().statusCode(200).body("inserted", equalTo(3));
        var json = as(Tokens.admin()).queryParam("indicator", timely).get("/api/v1/indicator-values").then()
                .statusCode(200)
                .body("items.areaCode", contains(MINE, MINE, ENGLAND))
                .body("items[0].intervals.method", equalTo("wilson"))
                .body("items[0].lowerCi", equalTo(null))
                .body("items[1].intervals.method", equalTo("supplied"))
                .body("items[1].intervals.ci95.lower", equalTo(38))
                .body("items[1].intervals.ci998", equalTo(null))
                .body("items[2].intervals.method", equalTo(null))
                .body("items[2].intervals.ci95", equalTo(null))
                .extract().jsonPath();
        // Expected from SciPy, as in ConfidenceIntervalsTest.
        assertFourFigures(61.1413, json.getDouble("items[0].intervals.ci95.lower"));
        assertFourFigures(65.7728, json.getDouble("items[0].intervals.ci95.upper"));
        assertFourFigures(59.7656, json.getDouble("items[0].intervals.ci998.lower"));
        assertFourFigures(67.0563, json.getDouble("items[0].intervals.ci998.upper"));

        csv(editor).body(file(row(MINE, "2023", "2023-01-01", "total", "total", "7", "", "", "")))
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        var count = as(editor).queryParam("indicator", code).get("/api/v1/indicator-values").then().statusCode(200)
                .body("items[0].intervals.method", equalTo("exact_poisson")).extract().jsonPath();
        assertFourFigures(2.81436, count.getDouble("items[0].intervals.ci95.lower"));
        assertFourFigures(14.4227, count.getDouble("items[0].intervals.ci95.upper"));
    }
}
