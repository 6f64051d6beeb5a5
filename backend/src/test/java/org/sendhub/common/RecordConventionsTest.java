package org.sendhub.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** The API conventions hold for every record type, not only the first one built. */
@QuarkusTest
class RecordConventionsTest {

    static final String AREA = "E09000007";
    static final String OTHER_AREA = "E09000008";
    /** Unitary authorities this class creates afresh, one a run. */
    static final List<String> FRESH_AREAS = IntStream.rangeClosed(1, 20)
            .mapToObj(n -> String.format("E060000%02d", n)).toList();
    String editor = Tokens.editor(AREA);
    String strategyId;

    @BeforeEach
    void area() {
        Api.ensureArea(AREA, "Conventions borough");
        Api.ensureArea(OTHER_AREA, "Elsewhere");
        strategyId = Fixtures.strategy(AREA, editor);
    }

    static Stream<Arguments> recordTypes() {
        Function<String, Map<String, Object>> outcome = s -> new HashMap<>(Map.of("statement", "I am safe"));
        return Stream.of(
                Arguments.of("outcomes", "outcome", "statement", outcome),
                Arguments.of("services", "service", "name",
                        (Function<String, Map<String, Object>>) s -> Fixtures.service("Short breaks")),
                Arguments.of("coproduction", "coproduction", "title",
                        (Function<String, Map<String, Object>>) s -> Fixtures.coproduction("Big SEND Survey")),
                Arguments.of("priorities", "priority", "title",
                        (Function<String, Map<String, Object>>) s -> new HashMap<>(Map.of("title", "Transitions"))),
                Arguments.of("strategies", "strategy", "title",
                        (Function<String, Map<String, Object>>) s -> new HashMap<>(Map.of("title", "Plan"))),
                Arguments.of("decisions", "decision", "decidedBy",
                        (Function<String, Map<String, Object>>) s -> Fixtures.decision(Fixtures.create(AREA,
                                Tokens.editor(AREA), "services", Fixtures.service(Fixtures.unique("Decided"))))));
    }

    private Map<String, Object> body(Function<String, Map<String, Object>> make, String nameField, String name) {
        var body = make.apply(strategyId);
        body.put(nameField, name);
        body.put("strategyId", strategyId);
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordTypes")
    void createChangeArchiveRestoreWithEtagsAndAudit(String collection, String entityType, String nameField,
            Function<String, Map<String, Object>> make) {
        String base = "/api/v1/areas/" + AREA + "/" + collection;
        var created = as(editor).body(body(make, nameField, "Original")).post(base).then().statusCode(201)
                .header("ETag", "\"0\"").extract().response();
        String id = created.path("id");
        assertTrue(created.getHeader("Location").endsWith(base + "/" + id));

        as(editor).body(body(make, nameField, "No precondition")).put(base + "/" + id).then().statusCode(428);
        as(editor).header("If-Match", "\"0\"").body(body(make, nameField, "Changed")).put(base + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body(nameField, equalTo("Changed"));
        as(editor).header("If-Match", "\"0\"").body(body(make, nameField, "Stale")).put(base + "/" + id).then()
                .statusCode(412).header("ETag", "\"1\"").body("current." + nameField, equalTo("Changed"));

        as(editor).header("If-Match", "\"1\"").delete(base + "/" + id).then().statusCode(200)
                .body("archived", equalTo(true));
        as(editor).queryParam("size", 500).get(base).then().statusCode(200).body("items.id", not(hasItem(id)));
        as(editor).queryParam("size", 500).queryParam("includeArchived", true).get(base).then()
                .body("items.id", hasItem(id));
        as(editor).post(base + "/" + id + "/restore").then().statusCode(200).body("archived", equalTo(false));

        as(editor).queryParam("entityId", id).get("/api/v1/areas/" + AREA + "/audit").then().statusCode(200)
                .body("items.action", contains("restore", "archive", "update", "create"))
                .body("items.entityType", hasItem(entityType))
                .body("items[2].before." + nameField, equalTo("Original"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordTypes")
    void otherAreasSee404AndViewersMayNotWrite(String collection, String entityType, String nameField,
            Function<String, Map<String, Object>> make) {
        String base = "/api/v1/areas/" + AREA + "/" + collection;
        String id = as(editor).body(body(make, nameField, "Private")).post(base).then().statusCode(201).extract()
                .path("id");
        String outsider = Tokens.editor(OTHER_AREA);
        as(outsider).get(base + "/" + id).then().statusCode(404);
        as(outsider).get("/api/v1/areas/" + OTHER_AREA + "/" + collection + "/" + id).then().statusCode(404);
        as(outsider).header("If-Match", "\"0\"").delete(base + "/" + id).then().statusCode(404);
        String viewer = Tokens.viewer(AREA);
        as(viewer).get(base + "/" + id).then().statusCode(200);
        as(viewer).body(body(make, nameField, "Nope")).post(base).then().statusCode(403);
        as(viewer).header("If-Match", "\"0\"").delete(base + "/" + id).then().statusCode(403);
        Api.anonymous().get(base).then().statusCode(401);
        as(editor).get(base + "/" + id).then().body("version", equalTo(0)).body(nameField, equalTo("Private"));
    }

    @Test
    void areasFollowTheSameLifecycle() {
        String code = Api.unusedArea(FRESH_AREAS);
        String admin = Tokens.admin();
        var created = as(admin).body(Map.of("code", code, "name", "Original")).post("/api/v1/areas").then()
                .statusCode(201).header("ETag", "\"0\"").extract().response();
        assertTrue(created.getHeader("Location").endsWith("/api/v1/areas/" + code));
        String area = "/api/v1/areas/" + code;
        as(admin).body(Map.of("code", code, "name", "No precondition")).put(area).then().statusCode(428);
        as(admin).header("If-Match", "\"0\"").body(Map.of("code", code, "name", "Changed")).put(area).then()
                .statusCode(200).header("ETag", "\"1\"");
        as(admin).header("If-Match", "\"0\"").body(Map.of("code", code, "name", "Stale")).put(area).then()
                .statusCode(412).header("ETag", "\"1\"").body("current.name", equalTo("Changed"));
        as(admin).queryParam("entityType", "area").get(area + "/audit").then().statusCode(200)
                .body("items.action", contains("update", "create"))
                .body("items[0].before.name", equalTo("Original"));
    }

    @Test
    void theIndicatorCatalogueFollowsTheSameLifecycle() {
        String code = "conventions_" + System.nanoTime() % 1_000_000_000L;
        String admin = Tokens.admin();
        Function<String, Map<String, Object>> body = name -> Map.of("code", code, "name", name, "unit", "count",
                "polarity", "no_judgement");
        String indicator = "/api/v1/indicators/" + code;
        var created = as(admin).body(body.apply("Original")).post("/api/v1/indicators").then().statusCode(201)
                .header("ETag", "\"0\"").extract().response();
        assertTrue(created.getHeader("Location").endsWith(indicator));
        as(admin).body(body.apply("No precondition")).put(indicator).then().statusCode(428);
        as(admin).header("If-Match", "\"0\"").body(body.apply("Changed")).put(indicator).then().statusCode(200)
                .header("ETag", "\"1\"");
        as(admin).header("If-Match", "\"0\"").body(body.apply("Stale")).put(indicator).then().statusCode(412)
                .header("ETag", "\"1\"").body("current.name", equalTo("Changed"));
        as(admin).header("If-Match", "\"0\"").delete(indicator).then().statusCode(412);
        as(admin).header("If-Match", "\"1\"").delete(indicator).then().statusCode(200)
                .body("archived", equalTo(true));
        as(admin).queryParam("q", code).get("/api/v1/indicators").then().body("total", equalTo(0));
        as(admin).queryParam("q", code).queryParam("includeArchived", true).get("/api/v1/indicators").then()
                .body("items.code", contains(code));
        as(admin).post(indicator + "/restore").then().statusCode(200).body("archived", equalTo(false))
                .header("ETag", "\"3\"");
    }
}
