package org.sendhub.link;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Links edited from the side that does not keep them: a priority's services and co-production,
 * a service's co-production. The owners keep the links, each change is theirs (version, audit),
 * and the edit is all or nothing, from the version the caller read.
 */
@QuarkusTest
class ReverseLinksResourceTest {

    static final String AREA = "E09000028";
    static final String OTHER_AREA = "E09000029";
    static final String API = "/api/v1/areas/" + AREA;
    String editor = Tokens.editor(AREA);

    String strategyId;
    String priorityId;
    String linkedService;
    String tutoring;
    String respite;
    String survey;
    String forum;
    /** The priority's ETag when its page opened, after the records above were made. */
    String opened;

    @BeforeEach
    void records() {
        Api.ensureArea(AREA, "Reverse-linked borough");
        Api.ensureArea(OTHER_AREA, "Another borough");
        strategyId = Fixtures.strategy(AREA, editor);
        priorityId = Fixtures.priority(AREA, editor, strategyId, List.of());
        var service = Fixtures.service(Fixtures.unique("Speech and language therapy"));
        service.put("priorityIds", List.of(priorityId));
        linkedService = Fixtures.create(AREA, editor, "services", service);
        tutoring = Fixtures.create(AREA, editor, "services", Fixtures.service(Fixtures.unique("Tutoring")));
        respite = Fixtures.create(AREA, editor, "services", Fixtures.service(Fixtures.unique("Short breaks")));
        survey = Fixtures.create(AREA, editor, "coproduction", Fixtures.coproduction(Fixtures.unique("Survey")));
        forum = Fixtures.create(AREA, editor, "coproduction", Fixtures.coproduction(Fixtures.unique("Forum")));
        // Linking the service moved the priority on from its first version: see linksMadeByTheOwner...
        opened = as(editor).get(API + "/priorities/" + priorityId).then().extract().header("ETag");
    }

    @Test
    void linkingServicesFromAPriorityChangesEachServiceAsAChangeOfItsOwn() {
        as(editor).header("If-Match", opened).body(Map.of("serviceIds", List.of(tutoring, respite)))
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("linked.services.id", containsInAnyOrder(tutoring, respite));

        for (String added : List.of(tutoring, respite)) {
            as(editor).get(API + "/services/" + added).then().header("ETag", "\"1\"")
                    .body("priorityIds", contains(priorityId));
            as(editor).get(API + "/services/" + added + "/history").then()
                    .body("items", hasSize(2))
                    .body("items[0].action", equalTo("update"))
                    .body("items[0].changes.field", contains("priorityIds"))
                    .body("items[0].changes[0].after", contains(priorityId));
        }
        as(editor).get(API + "/services/" + linkedService).then().header("ETag", "\"1\"")
                .body("priorityIds", empty());
        as(editor).get(API + "/services/" + linkedService + "/history").then()
                .body("items[0].changes[0].before", contains(priorityId));
    }

    @Test
    void servicesWhoseLinkDoesNotChangeAreNotTouched() {
        as(editor).header("If-Match", opened).body(Map.of("serviceIds", List.of(linkedService, tutoring)))
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(200);
        as(editor).get(API + "/services/" + linkedService).then().header("ETag", "\"0\"");
        as(editor).get(API + "/services/" + respite).then().header("ETag", "\"0\"");

        // Asking for the links it has already changes nothing, the priority included.
        as(editor).header("If-Match", "\"2\"").body(Map.of("serviceIds", List.of(tutoring, linkedService)))
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(200)
                .header("ETag", "\"2\"");
        as(editor).get(API + "/services/" + tutoring).then().header("ETag", "\"1\"");
    }

    @Test
    void aRecordOfAnotherAreaOrOfNoneIs422AndNothingChanges() {
        String otherEditor = Tokens.editor(OTHER_AREA);
        String foreign = Fixtures.create(OTHER_AREA, otherEditor, "services", Fixtures.service("Elsewhere"));
        as(editor).header("If-Match", opened)
                .body(Map.of("serviceIds", List.of(tutoring, foreign, "00000000-0000-0000-0000-000000000000")))
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(422)
                .body("errors.field", contains("serviceIds[1]", "serviceIds[2]"));
        // A priority is not a service, though it is of the area.
        as(editor).header("If-Match", opened).body(Map.of("coproductionIds", List.of(survey, priorityId)))
                .put(API + "/priorities/" + priorityId + "/coproduction").then().statusCode(422)
                .body("errors.field", contains("coproductionIds[1]"));

        as(editor).get(API + "/priorities/" + priorityId).then().header("ETag", opened)
                .body("linked.services.id", contains(linkedService))
                .body("linked.coproduction", empty());
        as(editor).get(API + "/services/" + tutoring).then().header("ETag", "\"0\"");
        as(editor).get(API + "/services/" + linkedService).then().header("ETag", "\"0\"");
        as(editor).get(API + "/coproduction/" + survey).then().header("ETag", "\"0\"");
    }

    @Test
    void aServiceThatKeepsAsManyLinksAsItMayRefusesTheWholeEdit() {
        var priorities = new ArrayList<String>();
        for (int i = 0; i < 100; i++) {
            priorities.add(Fixtures.priority(AREA, editor, strategyId, List.of()));
        }
        var full = Fixtures.service(Fixtures.unique("Full"));
        full.put("priorityIds", priorities);
        String fullService = Fixtures.create(AREA, editor, "services", full);

        as(editor).header("If-Match", opened).body(Map.of("serviceIds", List.of(tutoring, fullService)))
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(422)
                .body("errors.field", contains("serviceIds[1]"));
        // The service that could take the link did not get it: all or nothing.
        as(editor).get(API + "/services/" + tutoring).then().header("ETag", "\"0\"").body("priorityIds", empty());
        as(editor).get(API + "/services/" + linkedService).then().body("priorityIds", contains(priorityId));
    }

    @Test
    void aStaleIfMatchIs412AndNothingChanges() {
        as(editor).header("If-Match", opened).body(Map.of("coproductionIds", List.of(survey)))
                .put(API + "/priorities/" + priorityId + "/coproduction").then().statusCode(200)
                .header("ETag", "\"2\"");
        // A colleague's page still shows the links of the version it opened.
        as(editor).header("If-Match", opened).body(Map.of("coproductionIds", List.of(forum)))
                .put(API + "/priorities/" + priorityId + "/coproduction").then().statusCode(412)
                .body("current.version", equalTo(2));
        as(editor).get(API + "/coproduction/" + forum).then().header("ETag", "\"0\"").body("priorityIds", empty());
        as(editor).get(API + "/coproduction/" + survey).then().body("priorityIds", contains(priorityId));

        as(editor).body(Map.of("coproductionIds", List.of(forum)))
                .put(API + "/priorities/" + priorityId + "/coproduction").then().statusCode(428);
    }

    @Test
    void linksMadeOrUndoneByTheOwnerItselfMakeAReverseEditOpenedBeforeStale() {
        assertEquals("\"1\"", opened, "creating a service that delivers the priority moved it on");
        // A colleague links short breaks to the priority on the service's own page...
        var shortBreaks = as(editor).get(API + "/services/" + respite).then().extract();
        var input = new HashMap<String, Object>(shortBreaks.jsonPath().getMap(""));
        input.put("priorityIds", List.of(priorityId));
        as(editor).header("If-Match", shortBreaks.header("ETag")).body(input)
                .put(API + "/services/" + respite).then().statusCode(200);
        // ...so the priority's page opened before, which did not list it, cannot unlink it unseen.
        as(editor).header("If-Match", opened).body(Map.of("serviceIds", List.of(linkedService, tutoring)))
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(412)
                .body("current.linked.services.id", containsInAnyOrder(linkedService, respite));
        as(editor).get(API + "/services/" + respite).then().body("priorityIds", contains(priorityId));
        as(editor).get(API + "/services/" + tutoring).then().header("ETag", "\"0\"");

        // A co-production record moves on the services and priorities it links or unlinks, and no other.
        var record = as(editor).get(API + "/coproduction/" + survey).then().extract();
        var change = new HashMap<String, Object>(record.jsonPath().getMap(""));
        change.put("priorityIds", List.of(priorityId));
        change.put("serviceIds", List.of(tutoring));
        as(editor).header("If-Match", record.header("ETag")).body(change)
                .put(API + "/coproduction/" + survey).then().statusCode(200);
        as(editor).get(API + "/priorities/" + priorityId).then().header("ETag", "\"3\"");
        as(editor).get(API + "/services/" + tutoring).then().header("ETag", "\"1\"");
        as(editor).get(API + "/services/" + linkedService).then().header("ETag", "\"0\"");
    }

    /**
     * Edits from both sides at once (a priority's services; a service's own priorities) lock
     * their records in one order: they take turns, each answered 200 or 412, never a deadlock.
     */
    @Test
    void editsFromBothSidesAtOnceTakeTurns() throws Exception {
        var statuses = new ConcurrentLinkedQueue<Integer>();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var rounds = new ArrayList<Future<?>>();
            for (int round = 0; round < 12; round++) {
                boolean link = round % 2 == 0;
                rounds.add(pool.submit(() -> {
                    String etag = as(editor).get(API + "/priorities/" + priorityId).then().extract().header("ETag");
                    statuses.add(as(editor).header("If-Match", etag)
                            .body(Map.of("serviceIds", link ? List.of(tutoring, respite) : List.of(linkedService)))
                            .put(API + "/priorities/" + priorityId + "/services").then().extract().statusCode());
                }));
                for (String service : List.of(tutoring, respite)) {
                    rounds.add(pool.submit(() -> {
                        var read = as(editor).get(API + "/services/" + service).then().extract();
                        var input = new HashMap<String, Object>(read.jsonPath().getMap(""));
                        input.put("priorityIds", link ? List.of() : List.of(priorityId));
                        statuses.add(as(editor).header("If-Match", read.header("ETag")).body(input)
                                .put(API + "/services/" + service).then().extract().statusCode());
                    }));
                }
            }
            for (var round : rounds) {
                round.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(36, statuses.size());
        assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 412), statuses.toString());
        assertTrue(statuses.contains(200), statuses.toString());
    }

    @Test
    void aServiceLinksTheCoProductionThatShapedIt() {
        as(editor).header("If-Match", "\"0\"").body(Map.of("coproductionIds", List.of(survey, forum)))
                .put(API + "/services/" + tutoring + "/coproduction").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("linked.coproduction.id", containsInAnyOrder(survey, forum));
        as(editor).get(API + "/coproduction/" + forum + "/history").then()
                .body("items[0].changes.field", contains("serviceIds"));

        as(editor).header("If-Match", "\"1\"").body(Map.of("coproductionIds", List.of()))
                .put(API + "/services/" + tutoring + "/coproduction").then().statusCode(200)
                .body("linked.coproduction", empty());
        for (String record : List.of(survey, forum)) {
            as(editor).get(API + "/coproduction/" + record).then().header("ETag", "\"2\"")
                    .body("serviceIds", empty());
        }
    }

    @Test
    void theListIsRequiredAndHoldsIdsOnly() {
        as(editor).header("If-Match", opened).body(Map.of())
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(422)
                .body("errors.field", contains("serviceIds"));
        as(editor).header("If-Match", opened).body("{\"serviceIds\": [\"not-an-id\"]}")
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(400);
        as(editor).get(API + "/priorities/" + priorityId).then().header("ETag", opened);
    }

    @Test
    void viewersCannotAndOtherAreasSeeNothing() {
        var body = Map.of("serviceIds", List.of(tutoring));
        as(Tokens.viewer(AREA)).header("If-Match", opened).body(body)
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(403);
        as(Tokens.editor(OTHER_AREA)).header("If-Match", opened).body(body)
                .put(API + "/priorities/" + priorityId + "/services").then().statusCode(404);
        // The area in the address is the caller's own, but the priority is not of it.
        String otherEditor = Tokens.editor(OTHER_AREA);
        as(otherEditor).header("If-Match", opened).body(Map.of("serviceIds", List.of()))
                .put("/api/v1/areas/" + OTHER_AREA + "/priorities/" + priorityId + "/services").then()
                .statusCode(404);
        assertEquals(List.of(priorityId), as(editor).get(API + "/services/" + linkedService).then().extract()
                .jsonPath().getList("priorityIds"));
    }
}
