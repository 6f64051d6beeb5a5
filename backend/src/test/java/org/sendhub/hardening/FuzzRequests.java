package org.sendhub.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for every operation of openapi.yaml, made from the operation's own path,
 * query and header parameters and request body: each parameter and each body field in turn
 * gets each kind of bad value, with and without a token.
 */
final class FuzzRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Bad path segments, as written on the request line. */
    static final List<String> PATH_VALUES = List.of("%00", "a%00b", "%01", "%7F", "%0A", "%0D%0A", "%20",
            "%20%20%20", "%zz", "%", "%4", "%e9", "%C3%28", "%C0%AF", "%ED%A0%80", "x".repeat(300),
            "x".repeat(5_000), "..%2F..%2Fetc", "%27%20OR%201%3D1--", "12345", "-1", "1e400", "%E2%80%AE",
            "null", "true", "00000000-0000-0000-0000-00000000000g", "%7B%7D", "E08000003%00",
            "ehcp_rate%00");

    /** Bad query values, as written on the request line. */
    static final List<String> QUERY_VALUES = List.of("%00", "x%00y", "%01", "%1B", "", "%20", "%zz", "%",
            "%C0%AF", "x".repeat(5_000), "-1", "0", "99999999999999999999", "2147483648", "-2147483649", "1.5",
            "1e9", "true", "%2B999999999-12-31", "+999999999-12-31", "99999-01-01", "-2024-01-01",
            "2024-13-45", "2024-02-30", "0000-00-00", "%5B%5D", "%C3%A9", "NaN", "null", "%27", "a,b",
            "E08000003%00", "-", "--title", "%2Dtitle");

    static final List<String> ACCEPT_VALUES = List.of(";;;", "text/", "/json", "application/json;q=",
            "application/json; charset", "text/csv", "application/xml", "text/html", "application/json, ,text/csv",
            "*/*;q=abc", "application/problem+json", "application/*", "=", "a/b/c", "\u00e9/x");

    static final List<String> CONTENT_TYPE_VALUES = List.of("", ";", "application/", "text/plain",
            "application/xml", "application/json;charset=nope", "multipart/form-data; boundary=x",
            "application/json; charset=utf-16", "text/csv", "application/x-www-form-urlencoded", "/", "\u00e9/x");

    static final List<String> IF_MATCH_VALUES = List.of("", "*", "\"abc\"", "W/\"1\"", "\"-1\"",
            "\"99999999999999999999\"", "1", "\"1\", \"2\"", "\"", "\"" + "9".repeat(5_000) + "\"");

    private final JsonNode document;
    private final Map<String, String> pathValues;
    private final Map<String, String> idsByCollection;
    private final String adminToken;
    private final String viewerToken;
    private final List<FuzzRequest> out = new ArrayList<>();

    /**
     * @param pathValues valid values of the path parameters, so that only the broken one fails
     * @param idsByCollection a record's id for each collection, e.g. {@code strategies}
     */
    FuzzRequests(JsonNode document, Map<String, String> pathValues, Map<String, String> idsByCollection,
            String adminToken, String viewerToken) {
        this.document = document;
        this.pathValues = pathValues;
        this.idsByCollection = idsByCollection;
        this.adminToken = adminToken;
        this.viewerToken = viewerToken;
    }

    /** The requests of the standard run: every operation, every parameter and field, every kind of fault. */
    List<FuzzRequest> all() {
        document.get("paths").fields().forEachRemaining(path -> {
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                var operation = operations.next();
                if (List.of("get", "put", "post", "delete").contains(operation.getKey())) {
                    forOperation(path.getKey(), path.getValue(), operation.getKey().toUpperCase(),
                            operation.getValue());
                }
            }
        });
        return out;
    }

    /** Requests with two faults at once (of the same operation), for the longer run. */
    List<FuzzRequest> combined(List<FuzzRequest> singles, int count, long seed) {
        var random = new Random(seed);
        var byOperation = new LinkedHashMap<String, List<FuzzRequest>>();
        singles.forEach(r -> byOperation.computeIfAbsent(r.operation(), k -> new ArrayList<>()).add(r));
        var combined = new ArrayList<FuzzRequest>();
        for (int i = 0; i < count; i++) {
            var a = singles.get(random.nextInt(singles.size()));
            var sameOperation = byOperation.get(a.operation());
            var b = sameOperation.get(random.nextInt(sameOperation.size()));
            var headers = new LinkedHashMap<>(a.headers());
            b.headers().forEach(headers::putIfAbsent);
            // The body keeps its own framing (chunked or a declared length), or the request is not HTTP.
            var framed = b.body() != null ? b : a;
            for (String framing : List.of("Transfer-Encoding", "Content-Length")) {
                headers.remove(framing);
                if (framed.headers().containsKey(framing)) {
                    headers.put(framing, framed.headers().get(framing));
                }
            }
            String target = a.target().contains("?") || !b.target().contains("?") ? a.target()
                    : a.target() + b.target().substring(b.target().indexOf('?'));
            combined.add(new FuzzRequest(a.operation(), a.fault() + " + " + b.fault(), a.method(), target, headers,
                    framed.body()));
        }
        return combined;
    }

    private void forOperation(String template, JsonNode pathItem, String method, JsonNode operation) {
        String name = method + " " + template;
        var parameters = new ArrayList<JsonNode>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        boolean csv = content.has("text/csv");
        JsonNode bodySchema = content.path("application/json").path("schema");
        byte[] body = csv ? IndicatorCsv.valid(pathValues.get("code"), pathValues.get("areaCode")).getBytes(StandardCharsets.UTF_8)
                : bodySchema.isMissingNode() ? null : bytes(sample(bodySchema));
        String contentType = csv ? "text/csv" : body == null ? null : "application/json";
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equals(p.path("name").asText()));

        var valid = new LinkedHashMap<>(pathValues);
        idsByCollection.forEach((collection, id) -> {
            if (template.contains("/" + collection + "/{id}")) {
                valid.put("id", id);
            }
        });
        Function<Map<String, String>, String> fill = overrides -> {
            String target = template;
            for (var entry : valid.entrySet()) {
                target = target.replace("{" + entry.getKey() + "}", overrides.getOrDefault(entry.getKey(),
                        entry.getValue()));
            }
            return target;
        };
        String target = fill.apply(Map.of());
        var headers = new LinkedHashMap<String, String>();
        headers.put("Authorization", "Bearer " + adminToken);
        headers.put("Accept", "application/json");
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (ifMatch) {
            headers.put("If-Match", "\"1\"");
        }

        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            String parameterName = parameter.path("name").asText();
            if ("path".equals(in)) {
                for (String value : PATH_VALUES) {
                    String bad = fill.apply(Map.of(parameterName, value));
                    add(name, "path " + parameterName + "=" + shorten(value), method, bad, headers, body);
                    add(name, "anonymous, path " + parameterName + "=" + shorten(value), method, bad,
                            without(headers, "Authorization"), body);
                }
                add(name, "path " + parameterName + " blank", method, fill.apply(Map.of(parameterName, "")),
                        headers, body);
            } else if ("query".equals(in)) {
                for (String value : QUERY_VALUES) {
                    String bad = target + "?" + parameterName + "=" + value;
                    add(name, "query " + parameterName + "=" + shorten(value), method, bad, headers, body);
                }
                add(name, "query " + parameterName + " repeated", method,
                        target + "?" + parameterName + "=1&" + parameterName + "=2", headers, body);
                add(name, "anonymous, query " + parameterName + "=%00", method, target + "?" + parameterName
                        + "=%00", without(headers, "Authorization"), body);
                add(name, "viewer, query " + parameterName + "=%zz", method, target + "?" + parameterName
                        + "=%zz", with(headers, "Authorization", "Bearer " + viewerToken), body);
            }
        }
        add(name, "unknown query parameter with NUL", method, target + "?nosuch=%00", headers, body);
        add(name, "query without name", method, target + "?=x&&=", headers, body);

        headerFaults(name, method, target, headers, body, contentType != null, ifMatch);
        if (csv) {
            for (var file : IndicatorCsv.badFiles(pathValues.get("code"), pathValues.get("areaCode")).entrySet()) {
                add(name, "csv " + file.getKey(), method, target, headers, file.getValue());
            }
        } else if (body != null) {
            bodyFaults(name, method, target, headers, (ObjectNode) sample(bodySchema), bodySchema);
        }
    }

    private void headerFaults(String name, String method, String target, Map<String, String> headers, byte[] body,
            boolean hasBody, boolean ifMatch) {
        for (String value : ACCEPT_VALUES) {
            add(name, "Accept: " + value, method, target, with(headers, "Accept", value), body);
        }
        add(name, "no Accept", method, target, without(headers, "Accept"), body);
        for (String value : CONTENT_TYPE_VALUES) {
            add(name, "Content-Type: " + value, method, target, with(headers, "Content-Type", value),
                    hasBody ? body : "x".getBytes(StandardCharsets.UTF_8));
        }
        if (hasBody) {
            add(name, "no Content-Type", method, target, without(headers, "Content-Type"), body);
        }
        if (ifMatch) {
            for (String value : IF_MATCH_VALUES) {
                add(name, "If-Match: " + shorten(value), method, target, with(headers, "If-Match", value), body);
            }
            add(name, "no If-Match", method, target, without(headers, "If-Match"), body);
        }
        String token = headers.get("Authorization").substring(7);
        for (String value : List.of("Bearer", "Bearer ", "Bearer abc", "Bearer a.b.c", "Basic Zm9vOmJhcg==",
                "Bearer " + token.substring(0, token.length() - 4) + "AAAA", "Bearer " + "x".repeat(10_000),
                "bearer " + token, "Bearer " + token + " extra", "Negotiate x")) {
            add(name, "Authorization: " + shorten(value), method, target, with(headers, "Authorization", value), body);
        }
        add(name, "header over 16 KB", method, target, with(headers, "X-Filler", "x".repeat(17_000)), body);
        var many = new LinkedHashMap<>(headers);
        for (int i = 0; i < 40; i++) {
            many.put("X-Filler-" + i, "y".repeat(500));
        }
        add(name, "headers adding up to over 16 KB", method, target, many, body);
        add(name, "header of 60 KB", method, target, with(headers, "X-Filler", "z".repeat(60_000)), body);
        add(name, "header of 300 KB", method, target, with(headers, "X-Filler", "z".repeat(300_000)), body);
        String join = target.contains("?") ? "&" : "?";
        add(name, "URL over 8 KB", method, target + join + "filler=" + "u".repeat(8_300), headers, body);
        add(name, "URL of 60 KB", method, target + join + "filler=" + "u".repeat(60_000), headers, body);
        add(name, "URL of 300 KB", method, target + join + "filler=" + "u".repeat(300_000), headers, body);
        add(name, "anonymous, URL over 8 KB", method, target + join + "filler=" + "u".repeat(9_000),
                without(headers, "Authorization"), body);
        var expect = with(headers, "Expect", "100-continue");
        expect.put("Content-Length", String.valueOf(600L * 1024 * 1024));
        add(name, "Expect: 100-continue with 600 MB declared", method, target, expect, null);
        // Declared, not sent: the answer must come from the header alone, at once.
        var declared = with(headers, "Content-Length", String.valueOf(2L * 1024 * 1024));
        declared.put("Content-Type", "application/json");
        add(name, "2 MB JSON declared", method, target, declared, null);
    }

    private void bodyFaults(String name, String method, String target, Map<String, String> headers, ObjectNode valid,
            JsonNode schema) {
        var whole = new LinkedHashMap<String, byte[]>();
        for (String text : List.of("", "null", "[]", "{", "{}", "\"x\"", "1", "true", "{\"a\":1} trailing",
                "{\"a\":1}{\"b\":2}", "{\"title\":\"\\u0000\"}", "{\"title\":\"\\ud800\"}", "{'title':'x'}",
                "{\"title\":\"x\",\"title\":\"y\"}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "{\"n\":" + "9".repeat(2_000) + "}",
                "{\"n\":1e999999999}", "\ufeff{}")) {
            whole.put("body " + shorten(text), text.getBytes(StandardCharsets.UTF_8));
        }
        whole.put("body with invalid UTF-8", new byte[] { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"',
                (byte) 0xC3, 0x28, '"', '}' });
        whole.put("body in UTF-16", valid.toString().getBytes(StandardCharsets.UTF_16));
        whole.put("body of 1.5 MB", ("{\"title\":\"" + "x".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        whole.forEach((fault, bytes) -> add(name, fault, method, target, headers, bytes));
        var chunked = with(headers, "Transfer-Encoding", "chunked");
        add(name, "chunked body of 1.5 MB", method, target, chunked,
                chunk(("{\"title\":\"" + "x".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        add(name, "chunked valid body", method, target, chunked, chunk(bytes(valid)));

        JsonNode properties = resolve(schema).path("properties");
        var firstArray = new boolean[] { true };
        properties.fields().forEachRemaining(field -> {
            JsonNode fieldSchema = resolve(field.getValue());
            if ("array".equals(type(fieldSchema)) && firstArray[0]) {
                // 3.9 MB: once an operation is enough to show it is refused by size.
                firstArray[0] = false;
                ObjectNode copy = valid.deepCopy();
                copy.set(field.getKey(), ids(100_000));
                add(name, "field " + field.getKey() + " = 100,000 ids", method, target, headers, bytes(copy));
            }
            for (var bad : badValues(fieldSchema).entrySet()) {
                ObjectNode copy = valid.deepCopy();
                copy.set(field.getKey(), bad.getValue());
                add(name, "field " + field.getKey() + " = " + bad.getKey(), method, target, headers, bytes(copy));
            }
            if ("array".equals(type(fieldSchema)) && "object".equals(type(resolve(fieldSchema.path("items"))))) {
                JsonNode itemSchema = resolve(fieldSchema.path("items"));
                ObjectNode item = (ObjectNode) sample(itemSchema);
                itemSchema.path("properties").fields().forEachRemaining(itemField -> {
                    for (var bad : badValues(resolve(itemField.getValue())).entrySet()) {
                        ObjectNode copy = valid.deepCopy();
                        ObjectNode badItem = item.deepCopy();
                        badItem.set(itemField.getKey(), bad.getValue());
                        copy.putArray(field.getKey()).add(badItem);
                        add(name, "field " + field.getKey() + "[0]." + itemField.getKey() + " = " + bad.getKey(),
                                method, target, headers, bytes(copy));
                    }
                });
            }
        });
    }

    /** Values of the wrong type, form or size for a field of this schema. */
    private Map<String, JsonNode> badValues(JsonNode schema) {
        var bad = new LinkedHashMap<String, JsonNode>();
        bad.put("number", NODES.numberNode(12345));
        bad.put("decimal", NODES.numberNode(1.5));
        bad.put("true", NODES.booleanNode(true));
        bad.put("text", NODES.textNode("text"));
        bad.put("empty text", NODES.textNode(""));
        bad.put("blank text", NODES.textNode("   "));
        bad.put("null", NODES.nullNode());
        bad.put("object", NODES.objectNode().put("a", 1));
        bad.put("empty array", NODES.arrayNode());
        bad.put("NUL", NODES.textNode("\u0000"));
        bad.put("control characters", NODES.textNode("a\u0001b\u001bc\u007f"));
        bad.put("lone surrogate", NODES.textNode("a\ud800b"));
        bad.put("100,000 characters", NODES.textNode("x".repeat(100_000)));
        bad.put("signed year", NODES.textNode("+999999999-12-31"));
        bad.put("five-digit year", NODES.textNode("99999-12-31"));
        bad.put("negative year", NODES.textNode("-0001-01-01"));
        bad.put("30 February", NODES.textNode("2024-02-30"));
        bad.put("date and time", NODES.textNode("2024-01-01T00:00:00Z"));
        bad.put("-1", NODES.numberNode(-1));
        bad.put("2^31", NODES.numberNode(2147483648L));
        bad.put("1e308", NODES.numberNode(1e308));
        bad.put("huge decimal", NODES.numberNode(new java.math.BigDecimal("1e999")));
        bad.put("tiny decimal", NODES.numberNode(new java.math.BigDecimal("1e-999")));
        bad.put("38 digits", NODES.numberNode(new java.math.BigDecimal("99999999999999999999999999999999999999")));
        bad.put("numeric text", NODES.textNode("12"));
        bad.put("boolean text", NODES.textNode("true"));
        bad.put("unknown enum", NODES.textNode("no_such_value"));
        bad.put("uuid-like", NODES.textNode("00000000-0000-0000-0000-00000000000g"));
        bad.put("[NUL]", NODES.arrayNode().add("\u0000"));
        bad.put("[null]", NODES.arrayNode().addNull());
        bad.put("[1]", NODES.arrayNode().add(1));
        bad.put("[[]]", NODES.arrayNode().add(NODES.arrayNode()));
        bad.put("[{}]", NODES.arrayNode().add(NODES.objectNode()));
        if ("array".equals(type(schema))) {
            bad.put("20,000 ids", ids(20_000));
            bad.put("5,000 texts", texts(5_000));
            bad.put("repeated id", ids(1).add(ids(1).get(0)));
        }
        return bad;
    }

    private static ArrayNode ids(int count) {
        var array = NODES.arrayNode();
        var random = new Random(count);
        for (int i = 0; i < count; i++) {
            array.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        return array;
    }

    private static ArrayNode texts(int count) {
        var array = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            array.add("t" + i);
        }
        return array;
    }

    /** A valid value for a schema: required and optional fields, the first enum value, a real date. */
    JsonNode sample(JsonNode schemaNode) {
        JsonNode schema = resolve(schemaNode);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String pattern = schema.path("pattern").asText();
        switch (type(schema)) {
            case "object" -> {
                var object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(f -> {
                    JsonNode value = sample(f.getValue());
                    if (value != null) {
                        object.set(f.getKey(), value);
                    }
                });
                return object;
            }
            case "array" -> {
                return NODES.arrayNode();
            }
            case "integer" -> {
                return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            }
            case "number" -> {
                return NODES.numberNode(100);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                if (pattern.startsWith("^[EWSN]")) {
                    return NODES.textNode(pathValues.get("areaCode"));
                }
                if (pattern.startsWith("^[a-z0-9_]")) {
                    return NODES.textNode(pathValues.get("code"));
                }
                return switch (schema.path("format").asText()) {
                    case "date" -> NODES.textNode("2024-01-01");
                    case "uuid" -> NODES.nullNode();
                    case "uri", "uri-reference" -> NODES.textNode("https://example.org/x");
                    default -> NODES.textNode("Fuzz value");
                };
            }
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText("object");
    }

    private JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private void add(String operation, String fault, String method, String target, Map<String, String> headers,
            byte[] body) {
        out.add(new FuzzRequest(operation, fault, method, target, Map.copyOf(headers), body));
    }

    private static LinkedHashMap<String, String> with(Map<String, String> headers, String name, String value) {
        var copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    private static LinkedHashMap<String, String> without(Map<String, String> headers, String name) {
        var copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        return copy;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] chunk(byte[] body) {
        var out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65_536) {
            int n = Math.min(65_536, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 20) + "...(" + value.length() + " chars)" : printable;
    }
}
