package org.sendhub.indicator.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.ContractFilter;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The EES import, on extracts of DfE's real "Education, health and care plans" files (England,
 * the North West, Manchester and Wigan; the rows exactly as published, BOM included).
 */
@QuarkusTest
class EesImportResourceTest {

    static final String MANCHESTER = "E08000003";
    static final String ENGLAND = "E92000001";

    String plans;
    String within20Weeks;
    String awaiting;

    @BeforeEach
    void catalogue() {
        long n = System.nanoTime() % 1_000_000_000L;
        plans = "ees_plans_" + n;
        within20Weeks = "ees_20_weeks_" + n;
        awaiting = "ees_awaiting_" + n;
        indicator(plans, "count", List.of("sex", "setting"));
        indicator(within20Weeks, "percent", List.of());
        indicator(awaiting, "count", List.of("sex"));
    }

    static void indicator(String code, String unit, List<String> breakdowns) {
        as(Tokens.admin()).body(Map.of("code", code, "name", "EES test " + code, "unit", unit, "polarity",
                "no_judgement", "breakdowns", breakdowns, "published", true))
                .post("/api/v1/indicators").then().statusCode(201);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EesImportResourceTest.class.getResourceAsStream("/ees/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The cells of the extract's rows, by column, as the test reads the file itself. */
    static Map<String, String> row(byte[] file, String place, String period, String breakdown) {
        String[] lines = new String(file, StandardCharsets.UTF_8).replace("\ufeff", "").split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        for (String line : lines) {
            List<String> cells = Arrays.asList(line.split(","));
            if (cells.get(0).equals(period) && cells.contains(place) && cells.get(11).equals(breakdown)
                    && (!place.equals(ENGLAND) || cells.get(2).equals("National"))) {
                var row = new HashMap<String, String>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                return row;
            }
        }
        throw new AssertionError("no row " + place + " " + period + " " + breakdown);
    }

    /** What caseloadMapping() makes of a file: 4 values a headline row (total, two settings, awaiting), 2 a row by sex. */
    static long caseloadValues(byte[] file) {
        var lines = new String(file, StandardCharsets.UTF_8).lines().skip(1).toList();
        long headlines = lines.stream().filter(l -> l.contains("All EHC plans,All EHC plans")).count();
        return headlines * 4 + (lines.size() - headlines) * 2;
    }

    static RequestSpecification multipart(String token) {
        return given().filter(new ContractFilter()).auth().oauth2(token).contentType("multipart/form-data")
                .accept("application/json");
    }

    String caseloadMapping() {
        return """
                {"indicators": {"ehcplans": "%s",
                                "mainstream_total": {"indicator": "%s", "breakdown": "setting", "category": "mainstream"},
                                "special_total": {"indicator": "%s", "breakdown": "setting", "category": "special"},
                                "await_prov_2022": "%s"},
                 "breakdown": {"column": "breakdown", "topicColumn": "breakdown_topic", "topic": "Sex", "name": "sex",
                               "categories": {"Female": "female", "Male": "male"}}}
                """.formatted(plans, plans, plans, awaiting);
    }

    JsonPath importFile(String token, byte[] file, String mapping, boolean dryRun, int status) {
        return multipart(token).multiPart("file", "caseload.csv", file, "text/csv").multiPart("mapping", mapping)
                .multiPart("dryRun", String.valueOf(dryRun)).post("/api/v1/ees-imports").then().statusCode(status)
                .extract().jsonPath();
    }

    List<Map<String, Object>> values(String indicator, String area, String breakdown) {
        return as(Tokens.admin()).queryParam("indicator", indicator).queryParam("area", area)
                .queryParam("breakdown", breakdown).queryParam("size", 500).get("/api/v1/indicator-values").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void aDryRunPreviewsAndCountsWithoutWriting() throws IOException {
        byte[] file = resource("caseload-extract.csv");
        var report = importFile(Tokens.admin(), file, caseloadMapping(), true, 200);
        assertEquals(true, report.getBoolean("dryRun"));
        assertEquals(27, report.getInt("fileRows"));
        // Each headline row gives 4 values (total, two settings, awaiting); each row by sex 2.
        assertEquals(caseloadValues(resource("caseload-extract.csv")), report.getInt("values"));
        assertEquals(report.getInt("values"), report.getInt("inserted"));
        assertEquals("2023/24", report.getString("preview[0].period"));
        assertEquals("2023-09-01", report.getString("preview[0].periodStart"));
        assertEquals(ENGLAND, report.getString("preview[0].areaCode"));
        assertEquals(0, values(plans, ENGLAND, "total").size());
    }

    @Test
    void theFileIsImportedAsPublishedAndAReimportChangesNothing() throws IOException {
        byte[] file = resource("caseload-extract.csv");
        var report = importFile(Tokens.admin(), file, caseloadMapping(), false, 200);
        int values = report.getInt("values");
        assertEquals(values, report.getInt("inserted"));

        var england = row(file, ENGLAND, "202425", "All EHC plans");
        var total = values(plans, ENGLAND, "total").stream().filter(v -> v.get("period").equals("2024/25")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal(england.get("ehcplans")), new BigDecimal(total.get("value").toString()));
        var manchesterFemale = row(file, MANCHESTER, "202425", "Female");
        var female = values(plans, MANCHESTER, "sex").stream()
                .filter(v -> v.get("period").equals("2024/25") && v.get("category").equals("female")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal(manchesterFemale.get("ehcplans")), new BigDecimal(female.get("value").toString()));
        var mainstream = values(plans, MANCHESTER, "setting").stream()
                .filter(v -> v.get("period").equals("2024/25") && v.get("category").equals("mainstream")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal(row(file, MANCHESTER, "202425", "All EHC plans").get("mainstream_total")),
                new BigDecimal(mainstream.get("value").toString()));

        // DfE's x (await_prov_2022 is no longer collected): withheld, not zero, not missing.
        assertEquals("x", row(file, MANCHESTER, "202425", "All EHC plans").get("await_prov_2022"));
        var withheld = values(awaiting, MANCHESTER, "total").stream().filter(v -> v.get("period").equals("2024/25"))
                .findFirst().orElseThrow();
        assertEquals("x", withheld.get("suppression"));
        assertNull(withheld.get("value"));

        var again = importFile(Tokens.admin(), file, caseloadMapping(), false, 200);
        assertEquals(0, again.getInt("inserted"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(values, again.getInt("unchanged"));
    }

    @Test
    void aRateKeepsItsNumeratorAndDenominatorAndItsPublishedPrecision() throws IOException {
        byte[] file = resource("timeliness-extract.csv");
        String mapping = """
                {"indicators": {"pc_plans_issued_within_20_weeks": {"indicator": "%s",
                   "numerator": "plans_issued_within_20_weeks", "denominator": "plans_issued_den"}},
                 "filters": {"breakdown_topic": "All EHC plans issued"}}""".formatted(within20Weeks);
        importFile(Tokens.admin(), file, mapping, false, 200);
        var published = row(file, ENGLAND, "2024", "All EHC plans issued");
        var value = values(within20Weeks, ENGLAND, "total").stream().filter(v -> v.get("period").equals("2024"))
                .findFirst().orElseThrow();
        assertEquals(published.get("pc_plans_issued_within_20_weeks"), value.get("value").toString());
        assertEquals(new BigDecimal(published.get("plans_issued_within_20_weeks")),
                new BigDecimal(value.get("numerator").toString()));
        assertEquals(new BigDecimal(published.get("plans_issued_den")),
                new BigDecimal(value.get("denominator").toString()));
        assertEquals("2024-01-01", value.get("periodStart"));
    }

    @Test
    void aPlaceTheGeographyDoesNotKnowIsARowErrorUnlessTheMappingSkipsIt() throws IOException {
        String file = new String(resource("caseload-extract.csv"), StandardCharsets.UTF_8)
                .replace("E08000003,352,Manchester", "E08000999,352,Old Manchester");
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        var refused = importFile(Tokens.admin(), bytes, caseloadMapping(), false, 422);
        assertEquals("new_la_code", refused.getString("rowErrors[0].column"));
        List<String> lines = Arrays.asList(file.split("\r\n"));
        int firstLine = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("E08000999")).findFirst().orElseThrow());
        assertEquals(firstLine, refused.getInt("rowErrors[0].line"));
        assertEquals(0, values(plans, ENGLAND, "total").size());

        String skipping = caseloadMapping().replaceFirst("\\{", "{\"unknownPlaces\": \"skip\", ");
        var report = importFile(Tokens.admin(), bytes, skipping, true, 200);
        assertEquals(6, report.getInt("skipped.unknownPlaces.E08000999"));
    }

    @Test
    void rowsAtOtherLevelsAndOtherTopicsAreSkippedAndCounted() throws IOException {
        String file = new String(resource("caseload-extract.csv"), StandardCharsets.UTF_8)
                .replace("Academic year,Regional,", "Academic year,Local authority district,");
        String onlyHeadlines = """
                {"indicators": {"ehcplans": "%s"}, "breakdown": {"column": "breakdown", "topicColumn": "breakdown_topic",
                 "topic": "Ethnicity", "name": "sex"}}""".formatted(plans);
        var report = importFile(Tokens.admin(), file.getBytes(StandardCharsets.UTF_8), onlyHeadlines, true, 200);
        long regional = file.lines().filter(l -> l.contains(",Local authority district,")).count();
        long regionalHeadlines = file.lines().filter(l -> l.contains(",Local authority district,")
                && l.contains("All EHC plans,All EHC plans")).count();
        long headlines = file.lines().filter(l -> l.contains("All EHC plans,All EHC plans")).count();
        assertEquals(regional, report.getInt("skipped.otherLevels.'Local authority district'"));
        assertEquals(27 - regional - (headlines - regionalHeadlines), report.getInt("skipped.otherBreakdowns"));
        assertEquals(headlines - regionalHeadlines, report.getInt("values"));
    }

    @Test
    void anEditorImportsTheirOwnAreasRowsOfANationalFileAndNothingElse() throws IOException {
        Api.ensureArea(MANCHESTER, "Manchester");
        byte[] file = resource("caseload-extract.csv");
        String headlines = """
                {"indicators": {"ehcplans": "%s"}, "filters": {"breakdown_topic": "All EHC plans"}}""".formatted(plans);
        var report = importFile(Tokens.editor(MANCHESTER), file, headlines, false, 200);
        long manchester = new String(file, StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("," + MANCHESTER + ",") && l.contains("All EHC plans,All EHC plans")).count();
        long all = new String(file, StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("All EHC plans,All EHC plans")).count();
        assertEquals(manchester, report.getInt("values"));
        assertEquals(all - manchester, report.getInt("skipped.otherAreas"));
        assertEquals(List.of(MANCHESTER), report.getList("areaCodes"));
        assertEquals(0, values(plans, ENGLAND, "total").size());
        assertEquals((int) manchester, values(plans, MANCHESTER, "total").size());
        importFile(Tokens.viewer(MANCHESTER), file, headlines, false, 403);
        importFile(Tokens.analyst(MANCHESTER), file, headlines, false, 403);
    }

    @Test
    void aBadMappingOrRequestIsRefusedAndWritesNothing() throws IOException {
        byte[] file = resource("caseload-extract.csv");
        assertEquals(List.of("mapping.indicators.ehcplans"), importFile(Tokens.admin(), file,
                "{\"indicators\": {\"ehcplans\": \"no_such_indicator\"}}", false, 422).getList("errors.field"));
        // plans has no ethnicity breakdown: said before any row is read.
        assertEquals(List.of("mapping.indicators.ehcplans"), importFile(Tokens.admin(), file, "{\"indicators\":"
                + " {\"ehcplans\": \"" + plans + "\"}, \"breakdown\": {\"column\": \"breakdown\", \"name\":"
                + " \"ethnicity\"}}", false, 422).getList("errors.field"));
        assertEquals(List.of("mapping.filters.breakdown_topic", "mapping.breakdown.categories"),
                importFile(Tokens.admin(), file, "{\"indicators\": {\"ehcplans\": \"" + plans + "\"}, \"filters\":"
                        + " {\"breakdown_topic\": null}, \"breakdown\": {\"column\": \"breakdown\", \"name\":"
                        + " \"sex\", \"categories\": {\"Female\": null}}}", false, 422).getList("errors.field"));
        importFile(Tokens.admin(), file, "{\"indicators\": ", false, 400);
        var noColumn = importFile(Tokens.admin(), file, "{\"indicators\": {\"no_such_column\": \"" + plans
                + "\"}}", false, 422);
        assertEquals("no_such_column", noColumn.getString("rowErrors[0].column"));
        assertEquals(1, noColumn.getInt("rowErrors[0].line"));
        // Without a breakdown, the headline and the sex rows give the same key: the file says so.
        var repeated = importFile(Tokens.admin(), file, "{\"indicators\": {\"ehcplans\": \"" + plans + "\"}}",
                false, 422);
        assertTrue(repeated.getString("rowErrors[0].message").startsWith("repeats line"),
                repeated.getString("rowErrors[0].message"));
        multipart(Tokens.admin()).multiPart("mapping", caseloadMapping()).post("/api/v1/ees-imports").then()
                .statusCode(400).body("errors[0].field", equalTo("file"));
        multipart(Tokens.admin()).multiPart("file", "caseload.csv", file, "text/csv").post("/api/v1/ees-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("mapping"));
        assertEquals(0, values(plans, ENGLAND, "total").size());
    }

    @Test
    void anUnknownTimeIdentifierIsARowError() throws IOException {
        String file = new String(resource("timeliness-extract.csv"), StandardCharsets.UTF_8)
                .replaceFirst("2024,Calendar year,National", "2024,Decade,National");
        String mapping = "{\"indicators\": {\"pc_plans_issued_within_20_weeks\": \"" + within20Weeks + "\"}}";
        var refused = importFile(Tokens.admin(), file.getBytes(StandardCharsets.UTF_8), mapping, false, 422);
        assertEquals("time_identifier", refused.getString("rowErrors[0].column"));
        assertTrue(refused.getString("rowErrors[0].message").contains("'Decade' is not a time identifier"),
                refused.getString("rowErrors[0].message"));
        assertEquals(0, values(within20Weeks, ENGLAND, "total").size());
    }

    @Test
    void aSavedMappingImportsNextYearsFileInOneStep() throws IOException {
        String code = "test-caseload-" + System.nanoTime() % 1_000_000L;
        as(Tokens.editor(MANCHESTER)).body("{\"code\": \"" + code + "\", \"name\": \"EHC plans by sex\", \"fileName\":"
                + " \"caseload.csv\", \"mapping\": " + caseloadMapping() + "}").post("/api/v1/ees-mappings").then()
                .statusCode(201).header("Location", containsString("/api/v1/ees-mappings/" + code))
                .body("mapping.breakdown.name", equalTo("sex"));
        as(Tokens.viewer(MANCHESTER)).get("/api/v1/ees-mappings").then().statusCode(200)
                .body("items.code", hasItem(code));
        as(Tokens.viewer(MANCHESTER)).body("{\"code\": \"x\", \"name\": \"x\", \"mapping\": {\"indicators\": {}}}")
                .post("/api/v1/ees-mappings").then().statusCode(403);
        as(Tokens.admin()).body("{\"code\": \"bad-" + code + "\", \"name\": \"x\", \"mapping\": {\"indicators\":"
                + " {\"ehcplans\": \"no_such_indicator\"}}}").post("/api/v1/ees-mappings").then().statusCode(422);

        var report = multipart(Tokens.admin()).multiPart("file", "caseload.csv", resource("caseload-extract.csv"),
                "text/csv").multiPart("mappingCode", code).multiPart("dryRun", "true").post("/api/v1/ees-imports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(caseloadValues(resource("caseload-extract.csv")), report.getInt("values"));

        as(Tokens.admin()).body("{\"code\": \"" + code + "\", \"name\": \"Renamed\", \"mapping\": "
                + caseloadMapping() + "}").put("/api/v1/ees-mappings/" + code).then().statusCode(428);
        as(Tokens.admin()).header("If-Match", "\"0\"").body("{\"code\": \"" + code + "\", \"name\": \"Renamed\","
                + " \"mapping\": " + caseloadMapping() + "}").put("/api/v1/ees-mappings/" + code).then()
                .statusCode(200).body("name", equalTo("Renamed")).body("version", equalTo(1));
    }
}
