package org.sendhub.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The contract, openapi.yaml at the repo root, and a check of any response against it: the
 * status must be one the operation documents, the content type and headers as documented,
 * and the body valid against the documented schema.
 */
public final class OpenApiContract {

    public static final Path FILE = Path.of("..", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract INSTANCE = load();

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();

    private record Route(String template, Pattern pattern, JsonNode pathItem) {
    }

    private OpenApiContract(JsonNode document) {
        this.document = document;
        document.get("paths").fields().forEachRemaining(entry -> {
            String regex = "^" + entry.getKey().replaceAll("\\{[^/]+}", "[^/]+") + "$";
            routes.add(new Route(entry.getKey(), Pattern.compile(regex), entry.getValue()));
        });
    }

    private static OpenApiContract load() {
        try {
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE.toAbsolutePath(), e);
        }
    }

    public static OpenApiContract get() {
        return INSTANCE;
    }

    public JsonNode document() {
        return document;
    }

    /** @return what is wrong with the response, or an empty list */
    public List<String> check(String method, String path, int status, String contentType,
            Map<String, String> headers, String body) {
        var problems = new ArrayList<String>();
        String where = method + " " + path + " -> " + status;
        var route = routes.stream().filter(r -> r.pattern.matcher(path).matches()).findFirst();
        if (route.isEmpty()) {
            return List.of(where + ": path not in openapi.yaml");
        }
        JsonNode operation = route.get().pathItem.get(method.toLowerCase());
        if (operation == null) {
            return List.of(where + ": method not in openapi.yaml");
        }
        JsonNode response = resolve(operation.path("responses").get(String.valueOf(status)));
        if (response == null) {
            return List.of(where + ": status not documented for " + route.get().template);
        }
        response.path("headers").fieldNames().forEachRemaining(header -> {
            if (!headers.containsKey(header.toLowerCase())) {
                problems.add(where + ": documented header " + header + " missing");
            }
        });
        JsonNode content = response.get("content");
        if (content == null) {
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = content.get(mediaType);
        if (media == null) {
            problems.add(where + ": content type '" + mediaType + "' not documented (" + content.fieldNames().next()
                    + " is)");
            return problems;
        }
        if (!mediaType.endsWith("json")) {
            return problems;
        }
        try {
            JsonNode parsed = JSON.readTree(body);
            schemaFor(media.get("schema")).validate(parsed)
                    .forEach(message -> problems.add(where + ": " + message.getMessage()));
        } catch (IOException e) {
            problems.add(where + ": body is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private JsonNode resolve(JsonNode node) {
        if (node != null && node.has("$ref")) {
            return at(node.get("$ref").asText());
        }
        return node;
    }

    private JsonNode at(String ref) {
        return document.at(ref.substring(1));
    }

    private JsonSchema schemaFor(JsonNode schemaNode) {
        return schemas.computeIfAbsent(schemaNode.toString(), key -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.get("components"));
            root.putObject("$defs").set("target", schemaNode);
            root.put("$ref", "#/$defs/target");
            return factory.getSchema(root, config);
        });
    }

    /** Every (METHOD, path template) the contract documents. */
    public List<String> operations() {
        var out = new ArrayList<String>();
        for (Route route : routes) {
            Iterator<String> names = route.pathItem.fieldNames();
            names.forEachRemaining(name -> {
                if (List.of("get", "put", "post", "delete", "patch").contains(name)) {
                    out.add(name.toUpperCase() + " " + route.template);
                }
            });
        }
        return out;
    }

    /** The query parameters the contract documents for an operation. */
    public List<String> queryParameters(String method, String template) {
        var out = new ArrayList<String>();
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase());
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("query".equals(resolved.path("in").asText())) {
                out.add(resolved.path("name").asText());
            }
        }
        return out;
    }
}
