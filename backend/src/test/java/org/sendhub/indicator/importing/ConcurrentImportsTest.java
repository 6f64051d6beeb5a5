package org.sendhub.indicator.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sendhub.indicator.values.IndicatorValueQuery;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Concurrently;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Two imports of the same keys at the same moment take turns: the values end up wholly one file's. */
@QuarkusTest
class ConcurrentImportsTest {

    static final String AREA = "E09000022";
    static final int ROWS = 3000;

    static String file(String indicator, String value) {
        var csv = new StringBuilder(String.join(",", IndicatorValueQuery.COLUMNS)).append('\n');
        for (int i = 0; i < ROWS; i++) {
            csv.append(indicator).append(",,").append(AREA).append(",,P").append(i).append(",2020-01-01,total,total,")
                    .append(value).append(",,,,,,,\n");
        }
        return csv.toString();
    }

    @Test
    void importsOfTheSameKeysAtOnceRunInTurnAndNeverMixTheFiles() throws Exception {
        Api.ensureArea(AREA, "Importing borough");
        String indicator = "concurrent_" + System.nanoTime() % 1_000_000_000L;
        Api.ensureIndicator(indicator);
        String admin = Tokens.admin();
        List<Callable<Response>> calls = List.of("1", "2", "3").stream().map(value -> (Callable<Response>) () -> as(admin)
                .contentType("text/csv").body(file(indicator, value)).post("/api/v1/indicator-values/import")
                .andReturn()).toList();
        for (var answer : Concurrently.atOnce(calls)) {
            assertTrue(answer.statusCode() == 200, answer.statusCode() + " " + answer.asString());
        }
        List<Float> values = as(admin).queryParam("indicator", indicator).queryParam("size", 500)
                .get("/api/v1/indicator-values").path("items.value");
        Set<Float> distinct = values.stream().collect(Collectors.toSet());
        assertEquals(1, distinct.size(), "every value from one file: " + distinct);
        assertEquals(ROWS, (int) as(admin).queryParam("indicator", indicator).get("/api/v1/indicator-values")
                .path("total"));
    }
}
