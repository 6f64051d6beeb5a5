package org.sendhub.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.sendhub.testsupport.Api.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Imports, CSV exports and the Local Offer feed are limited per client: over the allowance, a 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sendhub.http.rate-limit.imports", "2", "sendhub.http.rate-limit.exports", "2",
                    "sendhub.http.rate-limit.feed-requests", "3", "sendhub.http.rate-limit.window", "1M");
        }
    }

    @Test
    void aClientOverItsImportAllowanceGets429AndOthersDoNot() {
        String first = Tokens.of("rate.one", "editor", "E09000027");
        for (int i = 0; i < 2; i++) {
            importing(first).then().statusCode(not(equalTo(429)));
        }
        importing(first).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        importing(Tokens.of("rate.two", "editor", "E09000027")).then().statusCode(not(equalTo(429)));
    }

    @Test
    void aClientOverItsExportAllowanceGets429ButJsonPagesAreNotCounted() {
        String analyst = Tokens.of("rate.analyst", "analyst");
        for (int i = 0; i < 5; i++) {
            as(analyst).get("/api/v1/indicator-values").then().statusCode(200);
        }
        for (int i = 0; i < 2; i++) {
            as(analyst).queryParam("format", "csv").get("/api/v1/indicator-values").then().statusCode(200);
        }
        as(analyst).accept("text/csv").get("/api/v1/indicator-values").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
    }

    @Test
    void aClientOverItsLocalOfferFeedAllowanceGets429AsProblemJsonThatBrowsersCanRead() {
        Api.ensureArea("E09000027", "Rate borough");
        for (int i = 0; i < 3; i++) {
            given().get("/openreferral/E09000027/taxonomies").then().statusCode(200);
        }
        given().get("/openreferral/E09000027/services").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .header("Access-Control-Allow-Origin", "*").body("status", equalTo(429))
                .body("detail", containsString("3 Local Offer feed requests"));
        // The API's own operations are not in the feed's bucket.
        as(Tokens.admin()).get("/api/v1/areas/E09000027").then().statusCode(200);
    }

    private static io.restassured.response.Response importing(String token) {
        return as(token).contentType(ContentType.TEXT).contentType("text/csv").body("not,a,valid,file\n")
                .post("/api/v1/indicator-values/import");
    }
}
