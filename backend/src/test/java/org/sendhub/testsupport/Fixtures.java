package org.sendhub.testsupport;

import static org.sendhub.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records made through the API for a test, each with a unique name. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    public static String strategy(String area, String token) {
        return as(token).body(Map.of("title", unique("Strategy"), "periodStart", "2024-01-01",
                "periodEnd", "2026-12-31", "status", "active"))
                .post("/api/v1/areas/" + area + "/strategies").then().statusCode(201).extract().path("id");
    }

    public static String priority(String area, String token, String strategyId, List<String> outcomeIds) {
        return create(area, token, "priorities", Map.of("strategyId", strategyId, "title", unique("Priority"),
                "outcomeIds", outcomeIds));
    }

    public static String outcome(String area, String token, String strategyId) {
        return create(area, token, "outcomes", Map.of("strategyId", strategyId, "statement", unique("I am heard")));
    }

    public static Map<String, Object> service(String name) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("tier", "targeted");
        return body;
    }

    public static Map<String, Object> coproduction(String title) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("kind", "survey");
        return body;
    }

    /** A decision about the service, taken by the SEND Board. */
    public static Map<String, Object> decision(String serviceId) {
        var body = new HashMap<String, Object>();
        body.put("serviceId", serviceId);
        body.put("decidedOn", "2025-03-12");
        body.put("decision", "recommission");
        body.put("decidedBy", "SEND Board");
        return body;
    }

    public static String create(String area, String token, String collection, Map<String, ?> body) {
        return as(token).body(body).post("/api/v1/areas/" + area + "/" + collection).then().statusCode(201)
                .extract().path("id");
    }
}
