package org.sendhub.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

/** Secure headers on every answer, caching of the web app's files, compression and body limits. */
@QuarkusTest
class SecureDefaultsTest {

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Response response : new Response[] {
                as(Tokens.admin()).get("/api/v1/me"),
                given().get("/api/v1/me"),
                given().get("/hardening-test.html"),
                given().get("/no-such-file.png"),
                given().get("/q/health/ready") }) {
            String csp = response.header("Content-Security-Policy");
            assertNotNull(csp, response.asString());
            String scripts = java.util.Arrays.stream(csp.split(";")).map(String::trim)
                    .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
            assertEquals("script-src 'self'", scripts);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("DENY", response.header("X-Frame-Options"));
            assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
            assertNotNull(response.header("Permissions-Policy"));
            // Plain HTTP: HSTS is only sent over TLS.
            assertEquals(null, response.header("Strict-Transport-Security"));
        }
    }

    @Test
    void pagesAreRevalidatedHashedAssetsAreImmutableAndApiAnswersAreNotStored() {
        given().get("/hardening-test.html").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/assets/hardening-0123abcd.js").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        as(Tokens.admin()).get("/api/v1/me").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void jsonCsvAndStaticFilesAreCompressedWhenTheClientAcceptsIt() {
        var gzip = RestAssured.config().decoderConfig(DecoderConfig.decoderConfig()
                .contentDecoders(DecoderConfig.ContentDecoder.GZIP));
        as(Tokens.admin()).config(gzip).header("Accept-Encoding", "gzip").get("/api/v1/indicators").then()
                .statusCode(200).header("Content-Encoding", "gzip");
        as(Tokens.admin()).config(gzip).header("Accept-Encoding", "gzip").queryParam("format", "csv")
                .get("/api/v1/indicator-values").then().statusCode(200).header("Content-Encoding", "gzip");
        given().config(gzip).header("Accept-Encoding", "gzip").get("/hardening-test.html").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void anOversizedBodyIsRefusedFromItsDeclaredLengthBeforeItIsSent() throws IOException {
        var http = new RawHttp(RestAssured.port);
        for (var target : Map.of("/api/v1/areas", String.valueOf(1024 * 1024 + 1),
                "/api/v1/indicator-values/import", String.valueOf(600L * 1024 * 1024)).entrySet()) {
            var headers = new LinkedHashMap<String, String>();
            headers.put("Authorization", "Bearer " + Tokens.admin());
            headers.put("Content-Type", target.getKey().endsWith("import") ? "text/csv" : "application/json");
            headers.put("Content-Length", target.getValue());
            headers.put("Expect", "100-continue");
            long started = System.nanoTime();
            var response = http.send("POST", target.getKey(), headers, null);
            assertTrue(System.nanoTime() - started < 2_000_000_000L, "not refused at once");
            assertEquals(413, response.status(), response.text());
            assertTrue(response.header("content-type").startsWith("application/problem+json"));
            assertTrue(response.text().contains("\"status\":413"), response.text());
            assertTrue(!response.text().contains("100 Continue"));
        }
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsA413() throws IOException {
        var http = new RawHttp(RestAssured.port);
        var headers = new LinkedHashMap<String, String>();
        headers.put("Authorization", "Bearer " + Tokens.admin());
        headers.put("Content-Type", "application/json");
        headers.put("Transfer-Encoding", "chunked");
        byte[] json = ("{\"code\":\"E09999904\",\"name\":\"" + "x".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var chunked = new java.io.ByteArrayOutputStream();
        chunked.writeBytes((Integer.toHexString(json.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        chunked.writeBytes(json);
        chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        var response = http.send("POST", "/api/v1/areas", headers, chunked.toByteArray());
        assertEquals(413, response.status(), response.text());
        assertTrue(response.text().contains("\"status\":413"), response.text());
    }

    @Test
    void aNumberIsNotTextNorTextANumber() {
        as(Tokens.admin()).body("{\"code\": \"E09999905\", \"name\": 12345}").post("/api/v1/areas").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        as(Tokens.admin()).body("{\"code\": \"E09999905\", \"name\": \"A\\u0000B\"}").post("/api/v1/areas")
                .then().statusCode(400).body("errors[0].message", containsString("control characters"));
        as(Tokens.admin()).body("{\"code\": \"E09999905\", \"name\": \"Name\", \"demo\": \"true\"}")
                .post("/api/v1/areas").then().statusCode(400).body("errors[0].field", equalTo("demo"));
        as(Tokens.admin()).queryParam("contractEndsBefore", "+999999999-12-31")
                .get("/api/v1/areas/E09000024/services").then().statusCode(not(equalTo(500)));
    }
}
