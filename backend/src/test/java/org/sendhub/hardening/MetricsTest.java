package org.sendhub.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Prometheus metrics at /q/metrics: requests by endpoint template with latency buckets, the
 * imports' rows and durations, the database pool; and /q/metrics and /q/health only for callers
 * that did not come through a proxy.
 */
@QuarkusTest
@TestProfile(MetricsTest.FreshRegistry.class)
class MetricsTest {

    /**
     * A backend of its own, so that its registry starts empty: which series exist (a deep link's, an
     * endpoint's first called after made-up addresses) says something only if no other test's
     * requests made them, or filled the 200-tag cap, first.
     */
    public static class FreshRegistry implements QuarkusTestProfile {
    }

    static final String AREA = "E06000052";
    static final String INDICATOR = "metrics_indicator";

    @Test
    void requestsAreCountedAndTimedByEndpointTemplateNotByAddress() {
        Api.ensureArea(AREA, "Metrics area");
        as(Tokens.admin()).get("/api/v1/areas/" + AREA + "/priorities").then().statusCode(200);
        // Addresses anyone can make up: the web app's deep links, files that are not there.
        given().get("/areas/" + AREA + "/made-up-link");
        given().get("/made-up-file-" + AREA + ".png");

        String metrics = metrics();
        var priorities = Map.of("method", "GET", "uri", "/api/v1/areas/{areaCode}/priorities", "status", "200");
        assertTrue(sample(metrics, "http_server_requests_seconds_count", priorities) >= 1, metrics);
        // Fixed latency buckets (100 ms among them), and +Inf.
        var bucket = with(priorities, "le", "0.1");
        assertFalse(Double.isNaN(sample(metrics, "http_server_requests_seconds_bucket", bucket)), metrics);
        assertTrue(sample(metrics, "http_server_requests_seconds_bucket", with(priorities, "le", "+Inf")) >= 1);
        assertFalse(metrics.contains(AREA), "an address, not its template, became a tag: " + metrics);
        // The deep link is the web app's page: one series for all of them.
        var webApp = Map.of("method", "GET", "uri", "/{webAppPath}", "status", "200");
        assertTrue(sample(metrics, "http_server_requests_seconds_count", webApp) >= 1, metrics);
    }

    @Test
    void madeUpAddressesThatAreNotA404TakeNoSeriesFromTheEndpoints() {
        // More than the 200 series the cap allows: each made-up address answered without a 404.
        for (int i = 0; i < 120; i++) {
            given().options("/api/v1/areas/" + AREA + "/made-up-" + i).then().statusCode(200);
            given().post("/openreferral/made-up-" + i).then().statusCode(405);
        }
        // An endpoint first called after them still has its series.
        as(Tokens.admin()).get("/api/v1/geography").then().statusCode(200);

        String metrics = metrics();
        assertFalse(metrics.contains("made-up-"), "a made-up address became a tag: " + metrics);
        var unknown = Map.of("method", "OPTIONS", "uri", "UNKNOWN", "status", "200");
        assertTrue(sample(metrics, "http_server_requests_seconds_count", unknown) >= 120, metrics);
        var geography = Map.of("method", "GET", "uri", "/api/v1/geography", "status", "200");
        assertTrue(sample(metrics, "http_server_requests_seconds_count", geography) >= 1, metrics);
    }

    @Test
    void importsCountTheirRowsAndTimeThemselvesByOutcome() {
        String admin = Tokens.admin();
        Api.ensureArea(AREA, "Metrics area");
        Api.ensureIndicator(INDICATOR);
        var inserted = Map.of("format", "csv", "change", "inserted");
        var done = Map.of("format", "csv", "dry_run", "false", "outcome", "done");
        var refused = Map.of("format", "csv", "dry_run", "false", "outcome", "refused");
        String before = metrics();
        String period = String.valueOf(1900 + (int) (System.nanoTime() % 100));
        String csv = IndicatorCsv.HEADER + "\n" + INDICATOR + ",Metrics," + AREA + ",Metrics area," + period + ","
                + period + "-01-01,total,total,1.5,3,2,,,percent,,\n";
        as(admin).contentType("text/csv").body(csv).post("/api/v1/indicator-values/import").then().statusCode(200)
                .body("inserted", equalTo(1));
        as(admin).contentType("text/csv").body(IndicatorCsv.HEADER + "\nnot,a,row\n")
                .post("/api/v1/indicator-values/import").then().statusCode(422);

        String after = metrics();
        assertEquals(1, count(after, "sendhub_import_rows_total", inserted)
                - count(before, "sendhub_import_rows_total", inserted), 0.0, after);
        assertEquals(1, count(after, "sendhub_import_duration_seconds_count", done)
                - count(before, "sendhub_import_duration_seconds_count", done), 0.0, after);
        assertEquals(1, count(after, "sendhub_import_duration_seconds_count", refused)
                - count(before, "sendhub_import_duration_seconds_count", refused), 0.0, after);
        assertTrue(sample(after, "sendhub_import_duration_seconds_bucket", with(done, "le", "+Inf")) >= 1);
    }

    @Test
    void theGrafanaDashboardAsksOnlyForMetersThatExist() throws java.io.IOException {
        importsCountTheirRowsAndTimeThemselvesByOutcome();
        String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("..", "deploy", "grafana",
                "sendhub-dashboard.json"));
        String metrics = metrics();
        var meter = Pattern.compile("\\b([a-z_]+_(?:total|count|bucket|bytes))\\{").matcher(dashboard);
        int asked = 0;
        while (meter.find()) {
            asked++;
            assertTrue(Pattern.compile("(?m)^" + meter.group(1) + "\\{").matcher(metrics).find(),
                    "the dashboard asks for " + meter.group(1) + ", which /q/metrics does not have");
        }
        assertTrue(asked >= 8, "the dashboard's meters were not found in it");
    }

    @Test
    void theDatabasePoolIsMeasured() {
        String metrics = metrics();
        var pool = Map.of("datasource", "default");
        for (String meter : new String[] { "agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count" }) {
            assertFalse(Double.isNaN(sample(metrics, meter, pool)), meter + " is missing: " + metrics);
        }
    }

    @Test
    void metricsAndHealthAnswerOnlyCallersThatDidNotComeThroughAProxy() {
        given().get("/q/health/ready").then().statusCode(200);
        for (var proxied : Map.of("X-Forwarded-For", "203.0.113.9", "Forwarded", "for=203.0.113.9",
                "X-Real-IP", "203.0.113.9").entrySet()) {
            for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
                    "/q/./metrics" }) {
                given().header(proxied.getKey(), proxied.getValue()).get(path).then().statusCode(404)
                        .contentType("application/problem+json");
            }
        }
        // The documentation stays public.
        given().header("X-Forwarded-For", "203.0.113.9").get("/q/openapi").then().statusCode(200);
    }

    static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample of that name whose labels include these, or NaN if there is none. */
    static double sample(String metrics, String name, Map<String, String> labels) {
        var line = Pattern.compile("^" + Pattern.quote(name) + "\\{(.*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        while (line.find()) {
            String tags = line.group(1);
            if (labels.entrySet().stream().allMatch(l -> tags.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                return Double.parseDouble(line.group(2));
            }
        }
        return Double.NaN;
    }

    /** A counter's value: 0 before its first count. */
    static double count(String metrics, String name, Map<String, String> labels) {
        double value = sample(metrics, name, labels);
        return Double.isNaN(value) ? 0 : value;
    }

    static Map<String, String> with(Map<String, String> labels, String key, String value) {
        var more = new java.util.HashMap<>(labels);
        more.put(key, value);
        return more;
    }
}
