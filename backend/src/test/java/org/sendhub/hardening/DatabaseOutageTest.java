package org.sendhub.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * PostgreSQL really stopped under a load of writes and reads, then started again: while it is
 * down every answer is a quick 503 problem with Retry-After and readiness is down; once it is
 * back the API serves again without a restart, and every write that was answered 201 is there.
 */
@QuarkusTest
class DatabaseOutageTest {

    static final String AREA = "E09000025";
    static final Duration QUICK = Duration.ofSeconds(2);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private record Answer(String kind, int status, long millis, String body, String retryAfter, String type,
            long at) {
    }

    @Test
    void aStoppedDatabaseIsAQuick503AndTheApiRecoversWithEveryAcknowledgedWrite() throws Exception {
        String jdbcUrl = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        assumeTrue(System.getenv("SENDHUB_TEST_DB_URL") == null, "needs the embedded PostgreSQL it can stop");
        var matcher = Pattern.compile("localhost:(\\d+)/").matcher(jdbcUrl);
        assertTrue(matcher.find(), jdbcUrl);
        var postgres = PostgresServer.listeningOn(Integer.parseInt(matcher.group(1)));

        Api.ensureArea(AREA, "Outage area");
        String token = Tokens.editor(AREA);
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + RestAssured.port;
        var answers = new ConcurrentLinkedQueue<Answer>();
        var running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int worker = 0; worker < 4; worker++) {
            boolean writer = worker < 3;
            load.submit(() -> {
                int n = 0;
                while (running.get()) {
                    var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/areas/" + AREA + "/strategies"
                            + (writer ? "" : "?size=5"))).timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + token).header("Accept", "application/json");
                    if (writer) {
                        request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                                .ofString("{\"title\":\"Outage write " + Thread.currentThread().getId() + "-" + n++
                                        + "\",\"status\":\"draft\"}"));
                    }
                    long started = System.nanoTime();
                    try {
                        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        answers.add(new Answer(writer ? "write" : "read", response.statusCode(),
                                (System.nanoTime() - started) / 1_000_000, response.body(),
                                response.headers().firstValue("Retry-After").orElse(null),
                                response.headers().firstValue("Content-Type").orElse(""), System.nanoTime()));
                    } catch (Exception e) {
                        answers.add(new Answer(writer ? "write" : "read", -1,
                                (System.nanoTime() - started) / 1_000_000, String.valueOf(e), null, "",
                                System.nanoTime()));
                    }
                }
                return null;
            });
        }
        boolean down = false;
        try {
            Thread.sleep(1_500);
            long stopped = System.nanoTime();
            down = true;
            postgres.stop();
            Thread.sleep(4_000);
            var readiness = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, readiness.statusCode(), "readiness while PostgreSQL is down: " + readiness.body());
            assertTrue(readiness.body().contains("DOWN"), readiness.body());
            long restarted = System.nanoTime();
            postgres.start(jdbcUrl);
            down = false;
            long recovered = waitForAWrite(answers, restarted, Duration.ofSeconds(20));
            Thread.sleep(1_000);
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));

            var all = new ArrayList<>(answers);
            var during = all.stream().filter(a -> a.at > stopped + QUICK.toNanos() && a.at < restarted).toList();
            assertFalse(during.isEmpty(), "no request was answered while PostgreSQL was down");
            var wrong = new ArrayList<String>();
            for (Answer a : all) {
                if (a.status != 200 && a.status != 201 && a.status != 503) {
                    wrong.add(a.kind + " answered " + a.status + ": " + a.body);
                }
                if (a.status == 503 && (a.retryAfter == null || !a.type.startsWith("application/problem+json")
                        || !a.body.contains("\"status\":503"))) {
                    wrong.add("503 without Retry-After or problem+json: " + a.type + " " + a.body);
                }
            }
            for (Answer a : during) {
                if (a.status != 503) {
                    wrong.add("while down, " + a.kind + " answered " + a.status + ": " + a.body);
                }
                if (a.millis > QUICK.toMillis()) {
                    wrong.add("while down, " + a.kind + " took " + a.millis + " ms");
                }
            }
            assertEquals(List.of(), wrong.stream().limit(30).toList());
            assertTrue(recovered > 0, "no write succeeded within 20 s of PostgreSQL's return");
            var ready = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());

            var acknowledged = all.stream().filter(a -> a.status == 201).toList();
            assertTrue(acknowledged.size() > 3, "too few writes to tell: " + acknowledged.size());
            for (Answer a : acknowledged) {
                var id = ID.matcher(a.body);
                assertTrue(id.find(), a.body);
                var read = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/areas/" + AREA
                        + "/strategies/" + id.group(1))).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, read.statusCode(), "an acknowledged write is lost: " + a.body);
            }
            System.out.printf("Outage: %d answers, %d while down (all 503), %d writes acknowledged and kept,"
                    + " first write %d ms after PostgreSQL was back%n", all.size(), during.size(),
                    acknowledged.size(), (recovered - restarted) / 1_000_000);
        } finally {
            if (down) {
                postgres.start(jdbcUrl);
            }
            running.set(false);
            load.shutdownNow();
            if (!load.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("load did not stop");
            }
        }
    }

    /** When the first write after {@code since} succeeded, or 0 if none did in time. */
    private static long waitForAWrite(ConcurrentLinkedQueue<Answer> answers, long since, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (Answer a : answers) {
                if (a.at > since && a.status == 201) {
                    return a.at;
                }
            }
            Thread.sleep(100);
        }
        return 0;
    }
}
