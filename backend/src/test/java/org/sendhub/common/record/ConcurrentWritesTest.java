package org.sendhub.common.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendhub.testsupport.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Concurrently;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Writers racing on the same record or the same strategy: no lost update, no broken constraint. */
@QuarkusTest
class ConcurrentWritesTest {

    static final String AREA = "E09000021";
    static final int WRITERS = 8;

    String editor = Tokens.editor(AREA);
    String strategyId;

    @BeforeEach
    void strategy() {
        Api.ensureArea(AREA, "Racing borough");
        strategyId = Fixtures.strategy(AREA, editor);
    }

    @Test
    void changesRacingFromOneVersionGiveOneWinnerAndEvery412CarriesTheRecordAsItIsNow() throws Exception {
        String base = "/api/v1/areas/" + AREA + "/priorities";
        String id = Fixtures.priority(AREA, editor, strategyId, List.of());
        var calls = new ArrayList<Callable<Response>>();
        for (int i = 0; i < WRITERS; i++) {
            String title = "Writer " + i;
            calls.add(() -> as(editor).header("If-Match", "\"0\"")
                    .body(Map.of("strategyId", strategyId, "title", title)).put(base + "/" + id).andReturn());
        }
        var answers = Concurrently.atOnce(calls);
        var winners = answers.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(1, winners.size(), "one change wins");
        String winner = winners.get(0).path("title");
        for (var loser : answers.stream().filter(r -> r.statusCode() != 200).toList()) {
            assertEquals(412, loser.statusCode());
            assertEquals("\"1\"", loser.getHeader("ETag"));
            assertEquals(winner, loser.path("current.title"));
        }
        as(editor).get(base + "/" + id).then().statusCode(200);
        assertEquals(winner, as(editor).get(base + "/" + id).path("title"));
    }

    @Test
    void prioritiesCreatedAtOnceWithoutANumberAreNumberedInTurn() throws Exception {
        String base = "/api/v1/areas/" + AREA + "/priorities";
        var calls = new ArrayList<Callable<Response>>();
        for (int i = 0; i < WRITERS; i++) {
            String title = "Created at once " + i;
            calls.add(() -> as(editor).body(Map.of("strategyId", strategyId, "title", title)).post(base).andReturn());
        }
        var numbers = Concurrently.atOnce(calls).stream().map(r -> {
            assertEquals(201, r.statusCode(), r.asString());
            return (Integer) r.path("number");
        }).sorted().toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), numbers);
    }
}
