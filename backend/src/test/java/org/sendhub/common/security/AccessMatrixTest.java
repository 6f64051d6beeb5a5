package org.sendhub.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sendhub.indicator.values.IndicatorValueQuery;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.OpenApiContract;
import org.sendhub.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Every operation of openapi.yaml against every kind of caller, each cell checked against the
 * rules of DOMAIN.md ("Geography, areas and tenancy"): 401 with no token or a bad one, before
 * anything is looked up; 404 for an area outside the caller's claim; 403 for a role that may
 * not do it; otherwise the operation runs (bodies are deliberately incomplete and If-Match
 * stale, so that nothing is written). A new operation is covered as soon as it is in the contract.
 */
@QuarkusTest
class AccessMatrixTest {

    static final String AREA = "E09000019";
    static final String OTHER_AREA = "E09000020";
    static final String INDICATOR = "access_matrix_rate";
    static final String MAPPING = "access-matrix-mapping";

    enum CallerKind { NO_TOKEN, GARBLED_TOKEN, FORGED_TOKEN, VIEWER, EDITOR, ANALYST, ADMIN, EDITOR_OF_ANOTHER_AREA }

    /** What the access rules decide; {@code RUNS} is any answer but 401, 403, 404 and 5xx. */
    enum Decision { UNAUTHORIZED, FORBIDDEN, NOT_FOUND, RUNS }

    record Operation(String method, String path, JsonNode spec) {

        boolean inArea() {
            return path.contains("{areaCode}");
        }

        boolean writes() {
            return !method.equals("GET");
        }

        /**
         * The trend or benchmark of one indicator for one area: the matrix's indicator is a local one, whose
         * values only the area's users and analysts read. (The list of values refuses no one: it
         * answers published indicators' values for every place and leaves out local ones the
         * caller may not read; IndicatorValueResourceTest checks what it leaves out.)
         */
        boolean readsALocalIndicatorOfAnArea() {
            return path.endsWith("/trend") || path.endsWith("/benchmark");
        }

        boolean isImport() {
            return path.equals("/api/v1/indicator-values/import");
        }

        boolean isEesImport() {
            return path.equals("/api/v1/ees-imports");
        }

        /** Areas and the indicator catalogue are kept by admins. */
        boolean adminOnly() {
            return writes() && !isImport() && !isEesImport() && (path.startsWith("/api/v1/indicators") || path.startsWith("/api/v1/areas")
                    && !path.startsWith("/api/v1/areas/{areaCode}/"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String FORGED_ADMIN_TOKEN = forgedAdminToken();

    final Map<String, String> ids = new java.util.HashMap<>();

    void records() {
        Api.ensureArea(AREA, "Access matrix borough");
        Api.ensureArea(OTHER_AREA, "Another borough");
        Api.ensureIndicator(INDICATOR);
        // A figure to benchmark: without one the benchmark is a 404 for everyone.
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").accept("application/json")
                .body(String.join(",", IndicatorValueQuery.COLUMNS) + "\n" + INDICATOR + ",x," + AREA
                        + ",x,2023,2023-01-01,total,total,40,40,100,,,percent,,\n")
                .post("/api/v1/indicator-values/import").then().statusCode(200);
        int saved = as(Tokens.admin()).body("{\"code\": \"" + MAPPING + "\", \"name\": \"Access matrix\", \"mapping\":"
                + " {\"indicators\": {\"value\": \"" + INDICATOR + "\"}}}").post("/api/v1/ees-mappings").statusCode();
        assertTrue(saved == 201 || saved == 409, "saved mapping: " + saved);
        String editor = Tokens.editor(AREA);
        String strategy = Fixtures.strategy(AREA, editor);
        ids.put("strategies", strategy);
        ids.put("priorities", Fixtures.priority(AREA, editor, strategy, List.of()));
        ids.put("outcomes", Fixtures.outcome(AREA, editor, strategy));
        ids.put("services", Fixtures.create(AREA, editor, "services", Fixtures.service(Fixtures.unique("Service"))));
        ids.put("decisions", Fixtures.create(AREA, editor, "decisions", Fixtures.decision(ids.get("services"))));
        ids.put("coproduction", Fixtures.create(AREA, editor, "coproduction",
                Fixtures.coproduction(Fixtures.unique("Survey"))));
    }

    static List<Operation> operations() {
        var out = new ArrayList<Operation>();
        OpenApiContract.get().document().get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(op -> {
                    if (Set.of("get", "post", "put", "delete").contains(op.getKey())) {
                        out.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                    }
                });
            }
        });
        return out;
    }

    /** DOMAIN.md's rules, written out once: the expected cell of the matrix. */
    static Decision expected(Operation op, CallerKind caller) {
        switch (caller) {
            case NO_TOKEN, GARBLED_TOKEN, FORGED_TOKEN:
                return Decision.UNAUTHORIZED;
            case EDITOR_OF_ANOTHER_AREA:
                if (op.inArea() || op.readsALocalIndicatorOfAnArea()) {
                    return Decision.NOT_FOUND;
                }
                return op.adminOnly() ? Decision.FORBIDDEN : Decision.RUNS;
            case ADMIN:
                return Decision.RUNS;
            case EDITOR:
                return op.adminOnly() ? Decision.FORBIDDEN : Decision.RUNS;
            case VIEWER, ANALYST:
                return op.writes() ? Decision.FORBIDDEN : Decision.RUNS;
            default:
                throw new IllegalArgumentException(caller.name());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryKindOfCaller() {
        records();
        var operations = operations();
        assertTrue(operations.size() >= 40, "operations read from openapi.yaml: " + operations.size());
        return operations.stream().flatMap(op -> Stream.of(CallerKind.values()).map(caller -> DynamicTest.dynamicTest(
                op + " as " + caller.name().toLowerCase(), () -> {
                    int status = send(op, caller);
                    assertEquals(expected(op, caller), decision(status), op + " as " + caller + " answered " + status);
                })));
    }

    static Decision decision(int status) {
        return switch (status) {
            case 401 -> Decision.UNAUTHORIZED;
            case 403 -> Decision.FORBIDDEN;
            case 404 -> Decision.NOT_FOUND;
            default -> {
                assertTrue(status < 500, "answered " + status);
                yield Decision.RUNS;
            }
        };
    }

    int send(Operation op, CallerKind caller) {
        RequestSpecification request = switch (caller) {
            case NO_TOKEN -> Api.anonymous();
            case GARBLED_TOKEN -> as("not.a.token");
            case FORGED_TOKEN -> as(FORGED_ADMIN_TOKEN);
            case VIEWER -> as(Tokens.viewer(AREA));
            case EDITOR -> as(Tokens.editor(AREA));
            case ANALYST -> as(Tokens.analyst(AREA));
            case ADMIN -> as(Tokens.admin());
            case EDITOR_OF_ANOTHER_AREA -> as(Tokens.editor(OTHER_AREA));
        };
        var parameters = op.spec().path("parameters");
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if ("query".equals(parameter.path("in").asText()) && name.equals("area")) {
                request.queryParam("area", AREA);
            } else if ("query".equals(parameter.path("in").asText()) && name.equals("dryRun")) {
                request.queryParam("dryRun", "true");
            }
        }
        if (op.method().equals("PUT") || op.method().equals("DELETE")) {
            request.header("If-Match", "\"999\"");
        }
        if (op.isImport()) {
            request.contentType("text/csv").body(String.join(",", IndicatorValueQuery.COLUMNS) + "\n");
        } else if (op.isEesImport()) {
            request.contentType("multipart/form-data").multiPart("dryRun", "true");
        } else if (op.method().equals("POST") || op.method().equals("PUT")) {
            request.body("{}");
        }
        return request.request(op.method(), fill(op.path())).statusCode();
    }

    String fill(String template) {
        String code = template.startsWith("/api/v1/geography") ? AREA
                : template.startsWith("/api/v1/ees-mappings") ? MAPPING : INDICATOR;
        String path = template.replace("{areaCode}", AREA).replace("{code}", code);
        var segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                segments[i] = ids.get(segments[i - 1]);
            }
        }
        return String.join("/", segments);
    }

    /** A well-formed token with every right, signed by a key that is not the realm's. */
    static String forgedAdminToken() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.preferredUserName("forger").groups(Set.of("admin")).claim("area_codes", List.of(AREA))
                    .issuer("https://server.example.com").audience("https://service.example.com")
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
