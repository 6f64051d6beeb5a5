package org.sendhub.hardening;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** X-Request-Id: a sane one is kept, anything else replaced, on every answer, and in the request's logs. */
@QuarkusTest
class RequestIdTest {

    static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    @Test
    void everyAnswerCarriesANewIdWhenTheCallerSentNone() {
        for (Response response : List.of(as(Tokens.admin()).get("/api/v1/me"), given().get("/api/v1/me"),
                as(Tokens.admin()).get("/api/v1/areas/E09999999"), given().get("/q/health/ready"),
                given().get("/index-of-nothing.png"))) {
            assertTrue(UUID.matcher(response.header("X-Request-Id")).matches(), response.header("X-Request-Id"));
        }
        assertNotEquals(given().get("/q/health/ready").header("X-Request-Id"),
                given().get("/q/health/ready").header("X-Request-Id"));
    }

    @Test
    void aSaneIdIsReturnedAsSentWithAnswersAndProblems() throws IOException {
        String id = "edge-7f3a.42:retry=1";
        as(Tokens.admin()).header("X-Request-Id", id).get("/api/v1/me").then().statusCode(200)
                .header("X-Request-Id", id);
        given().header("X-Request-Id", id).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").header("X-Request-Id", id);
        as(Tokens.admin()).header("X-Request-Id", id).get("/api/v1/areas/E09999999").then().statusCode(404)
                .contentType("application/problem+json").header("X-Request-Id", id);
        // Refused before any resource: an unreadable Accept, and a path that cannot be decoded.
        given().header("X-Request-Id", id).header("Accept", "not a media type").get("/api/v1/me").then()
                .statusCode(400).header("X-Request-Id", id);
        var refused = new RawHttp(RestAssured.port).send("GET", "/api/v1/areas/%zz", Map.of("X-Request-Id", id), null);
        assertEquals(400, refused.status());
        assertEquals(id, refused.header("X-Request-Id"));
    }

    @Test
    void anIdTooLongOrWithSpacesQuotesOrMarkupIsReplaced() throws IOException {
        var http = new RawHttp(RestAssured.port);
        for (String hostile : List.of("a".repeat(129), "two words", "quote\"d", "<script>", "tab\there", "")) {
            var response = http.send("GET", "/q/health/ready", Map.of("X-Request-Id", hostile), null);
            assertEquals(200, response.status(), hostile);
            String id = response.header("X-Request-Id");
            assertTrue(id != null && UUID.matcher(id).matches(), "kept " + hostile + " as " + id);
        }
        given().header("X-Request-Id", "a".repeat(128)).get("/q/health/ready").then()
                .header("X-Request-Id", "a".repeat(128));
    }

    @Test
    void anIdWithControlCharactersIsNeverEchoed() throws IOException {
        var http = new RawHttp(RestAssured.port);
        for (String hostile : List.of("abc\u0001def", "abc\u001b[31mred")) {
            var response = http.send("GET", "/q/health/ready", Map.of("X-Request-Id", hostile), null);
            String id = response.header("X-Request-Id");
            // The HTTP server may refuse such a header itself, with a bare 400 before any handler runs.
            assertTrue(id == null ? response.status() == 400 : UUID.matcher(id).matches(),
                    hostile + ": " + response.status() + " " + id);
        }
    }

    @Test
    void theRequestsLogLinesCarryItsId() {
        String indicator = "request_id_indicator";
        String area = "E06000052";
        Api.ensureArea(area, "Metrics area");
        Api.ensureIndicator(indicator);
        var ids = new CopyOnWriteArrayList<String>();
        var capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // On the thread that logs, as the log formatter reads it.
                ids.add(String.valueOf(MDC.get("requestId")));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // IndicatorImport logs each import at INFO, on the worker thread that runs the resource.
        Logger importLog = Logger.getLogger("org.sendhub.indicator.importing.IndicatorImport");
        importLog.addHandler(capture);
        try {
            String period = String.valueOf(1800 + (int) (System.nanoTime() % 100));
            String csv = IndicatorCsv.HEADER + "\n" + indicator + ",Id," + area + ",Area," + period + "," + period
                    + "-01-01,total,total,1.5,3,2,,,percent,,\n";
            as(Tokens.admin()).header("X-Request-Id", "import-log-1").contentType("text/csv").body(csv)
                    .post("/api/v1/indicator-values/import").then().statusCode(200);
        } finally {
            importLog.removeHandler(capture);
        }
        assertTrue(ids.contains("import-log-1"), "the import's log lines carried " + ids);
    }
}
