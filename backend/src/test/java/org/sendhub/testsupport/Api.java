package org.sendhub.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as an integrator makes them, each response checked against openapi.yaml. */
public final class Api {

    private static final ContractFilter CONTRACT = new ContractFilter();

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /**
     * A local authority of the geography that is no area yet, taken from the calling test's own
     * pool (so that tests which need a fresh area do not take each other's).
     */
    public static String unusedArea(java.util.List<String> pool) {
        for (String code : pool) {
            if (as(Tokens.admin()).get("/api/v1/areas/" + code).statusCode() == 404) {
                return code;
            }
        }
        throw new AssertionError("Every area of the pool is taken: " + pool);
    }

    /** Makes the area exist (admin), whatever earlier tests did. It must be a local authority of the geography. */
    public static void ensureArea(String code, String name) {
        int status = as(Tokens.admin())
                .body("{\"code\": \"" + code + "\", \"name\": \"" + name + "\"}")
                .post("/api/v1/areas").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("Could not create area " + code + ": " + status);
        }
    }

    /** Makes a total-only indicator exist in the catalogue (admin), whatever earlier tests did. */
    public static void ensureIndicator(String code) {
        int status = as(Tokens.admin())
                .body("{\"code\": \"" + code + "\", \"name\": \"Test indicator " + code + "\", \"unit\": \"percent\","
                        + " \"polarity\": \"lower_is_better\"}")
                .post("/api/v1/indicators").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("Could not create indicator " + code + ": " + status);
        }
    }
}
