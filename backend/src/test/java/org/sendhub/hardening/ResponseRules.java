package org.sendhub.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every answer must be, however bad the request: below 500, a clean problem, nothing leaked. */
final class ResponseRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A class name, stack frame, SQL or PostgreSQL message, or a file path of the server. */
    private static final Pattern LEAK = Pattern.compile(
            "(?:\\b(?:java|javax|jakarta|org|com|io|sun|jdk)\\.[a-z][a-z0-9_]*\\.[A-Za-z])"
                    + "|(?:[A-Za-z]+Exception\\b)|(?:\\bat [a-z][\\w$]*\\.[\\w$.]+\\()|(?:\\.java:\\d+)"
                    + "|(?:\\bSQL\\b)|(?:SQLState)|(?:\\bERROR: )|(?:syntax error at)|(?:violates \\w+ constraint)"
                    + "|(?:duplicate key)|(?:relation \")|(?:Hibernate)|(?:Agroal)|(?:Vert\\.x)|(?:RESTEASY)"
                    + "|(?:/tmp/)|(?:/root/)|(?:/work/)|(?:/home/)|(?:/usr/)|(?:\\.jar!)");

    static final List<String> SECURITY_HEADERS = List.of("content-security-policy", "x-content-type-options",
            "referrer-policy", "permissions-policy", "x-frame-options");

    private ResponseRules() {
    }

    static List<String> broken(RawHttp.Response response) {
        var problems = new ArrayList<String>();
        int status = response.status();
        if (status >= 500) {
            problems.add("answered " + status);
        }
        String text = response.text();
        var leak = LEAK.matcher(text);
        if (leak.find()) {
            problems.add("body leaks '" + leak.group() + "'");
        }
        for (String header : SECURITY_HEADERS) {
            if (response.header(header) == null) {
                problems.add("no " + header + " header");
            }
        }
        String csp = response.header("content-security-policy");
        if (csp != null && (!csp.contains("frame-ancestors 'none'") || scriptSrc(csp).contains("unsafe-inline"))) {
            problems.add("Content-Security-Policy allows framing or inline scripts: " + csp);
        }
        if (status >= 400) {
            String type = response.header("content-type");
            if (type == null || !type.startsWith("application/problem+json")) {
                problems.add(status + " with Content-Type " + type + ", not application/problem+json");
                return problems;
            }
            try {
                JsonNode problem = JSON.readTree(text);
                if (problem == null || problem.path("status").asInt() != status) {
                    problems.add("problem status " + (problem == null ? "none" : problem.path("status"))
                            + " is not the HTTP status " + status);
                }
                if (!problem.path("type").isTextual() || !problem.path("title").isTextual()) {
                    problems.add("problem without type or title");
                }
            } catch (java.io.IOException e) {
                problems.add(status + " body is not JSON: " + FuzzRequests.shorten(text));
            }
        }
        return problems;
    }

    private static String scriptSrc(String csp) {
        for (String directive : csp.split(";")) {
            if (directive.trim().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }
}
