package org.sendhub.common.paging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendhub.indicator.values.IndicatorValueQuery;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A list's total is the whole list's on every page: counted for a full page or one past the end,
 * read from the rows of a last page that is not full. Records and indicator values alike.
 */
@QuarkusTest
class ListTotalsTest {

    static final String AREA = "E09000014";

    @Test
    void everyPageOfARecordListGivesTheWholeListsTotal() {
        Api.ensureArea(AREA, "Import borough");
        String editor = Tokens.editor(AREA);
        String tag = "Totals " + System.nanoTime();
        for (int n = 1; n <= 5; n++) {
            as(editor).body(Map.of("title", tag + " " + n, "status", "draft"))
                    .post("/api/v1/areas/" + AREA + "/strategies").then().statusCode(201);
        }
        String list = "/api/v1/areas/" + AREA + "/strategies";
        for (var page : List.of(new int[] { 0, 2, 2 }, new int[] { 2, 2, 1 }, new int[] { 3, 2, 0 },
                new int[] { 0, 5, 5 }, new int[] { 0, 6, 5 }, new int[] { 1, 6, 0 })) {
            as(editor).queryParam("q", tag).queryParam("page", page[0]).queryParam("size", page[1]).get(list).then()
                    .statusCode(200).body("items", hasSize(page[2])).body("total", equalTo(5));
        }
    }

    @Test
    void everyPageOfIndicatorValuesGivesTheWholeQuerysTotal() {
        String code = "totals_" + System.nanoTime() % 1_000_000_000L;
        Api.ensureIndicator(code);
        var rows = new StringBuilder(String.join(",", IndicatorValueQuery.COLUMNS)).append('\n');
        for (int year = 2019; year <= 2021; year++) {
            rows.append(String.join(",", code, "x", "E92000001", "England", String.valueOf(year), year + "-01-01",
                    "total", "total", String.valueOf(year - 2000), "", "", "", "", "percent", "", "")).append('\n');
        }
        RestAssured.given().auth().oauth2(Tokens.admin()).contentType("text/csv").body(rows.toString())
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        for (var page : List.of(new int[] { 0, 2, 2 }, new int[] { 1, 2, 1 }, new int[] { 2, 2, 0 },
                new int[] { 0, 3, 3 }, new int[] { 0, 10, 3 })) {
            as(Tokens.analyst()).queryParam("indicator", code).queryParam("page", page[0])
                    .queryParam("size", page[1]).get("/api/v1/indicator-values").then().statusCode(200)
                    .body("items", hasSize(page[2])).body("total", equalTo(3));
        }
    }
}
