package org.sendhub.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.OpenApiContract;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Sends every operation of openapi.yaml malformed requests (path, query, headers, body, CSV),
 * generated from the contract itself, and holds every answer to the rules of
 * {@link ResponseRules} and to the contract. The standard run sends the single faults; for a
 * longer run add random pairs of faults: {@code -Dfuzz.combined=20000}
 * ({@code -Dfuzz.seed=...} repeats one). A report is written to target/fuzz-report.txt.
 */
@QuarkusTest
class ContractFuzzTest {

    static final String AREA = "E09000024";
    static final String INDICATOR = "fuzz_indicator";
    static final int MINIMUM_REQUESTS = 1_000;
    /** However bad the request, the answer comes at once. */
    static final long SLOW_MILLIS = 5_000;

    @Test
    void everyMalformedRequestGetsACleanProblemAndNeverA5xx() throws IOException {
        String admin = Tokens.admin();
        Api.ensureArea(AREA, "Fuzz area");
        as(admin).body(Map.of("code", INDICATOR, "name", "Fuzz indicator", "unit", "percent", "polarity",
                "no_judgement")).post("/api/v1/indicators");
        String strategy = Fixtures.strategy(AREA, admin);
        String service = Fixtures.create(AREA, admin, "services", Fixtures.service(Fixtures.unique("Fuzz")));
        var ids = Map.of(
                "strategies", strategy,
                "priorities", Fixtures.priority(AREA, admin, strategy, List.of()),
                "outcomes", Fixtures.outcome(AREA, admin, strategy),
                "services", service,
                "coproduction", Fixtures.create(AREA, admin, "coproduction",
                        Fixtures.coproduction(Fixtures.unique("Fuzz"))),
                "decisions", Fixtures.create(AREA, admin, "decisions", Fixtures.decision(service)));

        var generator = new FuzzRequests(OpenApiContract.get().document(),
                Map.of("areaCode", AREA, "code", INDICATOR), ids, admin, Tokens.viewer(AREA));
        List<FuzzRequest> requests = generator.all();
        int combined = Integer.getInteger("fuzz.combined", 0);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        if (combined > 0) {
            requests = new ArrayList<>(requests);
            requests.addAll(generator.combined(List.copyOf(requests), combined, seed));
        }

        var http = new RawHttp(RestAssured.port);
        var byStatus = new TreeMap<Integer, Integer>();
        var failures = new ArrayList<String>();
        var contractGaps = new TreeMap<String, Integer>();
        for (FuzzRequest request : requests) {
            RawHttp.Response response;
            long started = System.nanoTime();
            try {
                response = http.send(request.method(), request.target(), request.headers(), request.body());
            } catch (IOException e) {
                failures.add(describe(request) + ": no answer (" + e.getMessage() + ")");
                continue;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > SLOW_MILLIS) {
                failures.add(describe(request) + ": answered " + response.status() + " after " + millis + " ms");
            }
            byStatus.merge(response.status(), 1, Integer::sum);
            for (String problem : ResponseRules.broken(response)) {
                failures.add(describe(request) + ": " + problem + " " + FuzzRequests.shorten(response.text()));
            }
            String path = request.target().split("\\?", 2)[0];
            for (String gap : OpenApiContract.get().check(request.method(), path, response.status(),
                    response.header("content-type"), response.headers(), response.text())) {
                if (gap.endsWith("path not in openapi.yaml")) {
                    continue; // a fault that changed the path's shape (a blank or slashed segment)
                }
                contractGaps.merge(request.operation() + " -> " + response.status() + ": "
                        + gap.replaceFirst("^.*?-> \\d+: ", ""), 1, Integer::sum);
            }
        }

        var report = new StringBuilder();
        report.append("Fuzz run: ").append(requests.size()).append(" requests")
                .append(combined > 0 ? " (" + combined + " combined, seed " + seed + ")" : "").append('\n');
        report.append("By status: ").append(byStatus).append('\n');
        report.append("Broken answers: ").append(failures.size()).append('\n');
        failures.stream().limit(300).forEach(f -> report.append("  ").append(f).append('\n'));
        report.append("Answers outside openapi.yaml: ").append(contractGaps.size()).append('\n');
        contractGaps.forEach((gap, n) -> report.append("  ").append(n).append(" x ").append(gap).append('\n'));
        Files.writeString(Path.of("target", "fuzz-report.txt"), report);
        Files.write(Path.of("target", "fuzz-failures.txt"), failures);
        System.out.println(report.length() > 20_000 ? report.substring(0, 20_000) : report);

        assertTrue(requests.size() >= MINIMUM_REQUESTS, "only " + requests.size() + " requests");
        assertTrue(failures.isEmpty(), failures.size() + " broken answers, see target/fuzz-report.txt:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(contractGaps.isEmpty(), contractGaps.size() + " answers outside openapi.yaml:\n"
                + String.join("\n", contractGaps.keySet().stream().limit(40).toList()));
    }

    private static String describe(FuzzRequest request) {
        return request.operation() + " [" + request.fault() + "]";
    }
}
