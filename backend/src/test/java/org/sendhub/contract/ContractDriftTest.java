package org.sendhub.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.OpenApiContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** openapi.yaml, what the server serves at /q/openapi, and the code's endpoints must agree. */
@QuarkusTest
class ContractDriftTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.get();

    @Test
    void theServedDocumentIsTheContract() throws IOException {
        JsonNode served = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode contract = CONTRACT.document();
        for (String part : List.of("paths", "components", "security", "tags")) {
            assertEquals(contract.get(part), served.get(part), part + " served at /q/openapi differs from openapi.yaml");
        }
        assertEquals(contract.at("/info/version"), served.at("/info/version"));
    }

    @Test
    void everyEndpointInTheCodeIsInTheContractAndNothingElse() throws Exception {
        var inCode = new TreeSet<String>();
        var parameterDrift = new ArrayList<String>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            if (!base.startsWith("/api/")) {
                continue;
            }
            // Public methods, inherited ones included: read, archive and restore live in a base class.
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                var sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String template = base + (sub == null ? "" : sub.value());
                inCode.add(verb + " " + template);
                var documented = new TreeSet<>(CONTRACT.queryParameters(verb, template));
                var taken = new TreeSet<String>();
                for (var parameter : method.getParameters()) {
                    var query = parameter.getAnnotation(QueryParam.class);
                    if (query != null) {
                        taken.add(query.value());
                    }
                }
                if (!documented.equals(taken)) {
                    parameterDrift.add(verb + " " + template + ": code takes " + taken + ", contract has " + documented);
                }
            }
        }
        assertEquals(new TreeSet<>(CONTRACT.operations()), inCode,
                "operations in openapi.yaml (expected) and in the resource classes (actual) differ");
        assertEquals(List.of(), parameterDrift, "query parameters differ");
    }

    private static String httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    /** Every class under target/classes with a JAX-RS @Path: a new resource cannot hide. */
    private static Set<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        var out = new java.util.HashSet<Class<?>>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ContractDriftTest.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    out.add(type);
                }
            }
        }
        return out;
    }
}
