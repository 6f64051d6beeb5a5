package org.sendhub.link;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Links are kept by one side and readable from both; they never cross areas or point to nothing. */
@QuarkusTest
class LinksResourceTest {

    static final String AREA = "E09000010";
    static final String OTHER_AREA = "E09000011";
    static final String API = "/api/v1/areas/" + AREA;
    String editor = Tokens.editor(AREA);

    String strategyId;
    String outcomeId;
    String priorityId;
    String serviceId;
    String coproductionId;

    @BeforeEach
    void chain() {
        Api.ensureArea(AREA, "Linked borough");
        Api.ensureArea(OTHER_AREA, "Elsewhere");
        strategyId = Fixtures.strategy(AREA, editor);
        outcomeId = Fixtures.outcome(AREA, editor, strategyId);
        priorityId = Fixtures.priority(AREA, editor, strategyId, List.of(outcomeId));
        var service = Fixtures.service("Virtual Mental Health Team");
        service.put("priorityIds", List.of(priorityId));
        service.put("outcomeIds", List.of(outcomeId));
        serviceId = Fixtures.create(AREA, editor, "services", service);
        var survey = Fixtures.coproduction("Parent Carer Forum survey");
        survey.put("priorityIds", List.of(priorityId));
        survey.put("serviceIds", List.of(serviceId));
        coproductionId = Fixtures.create(AREA, editor, "coproduction", survey);
    }

    /** The record's version now: linking it from a service or co-production record moved it on. */
    private String etag(String path) {
        return as(editor).get(API + path).then().extract().header("ETag");
    }

    @Test
    void aPriorityShowsItsOutcomesTheServicesThatDeliverItAndTheVoiceThatShapedIt() {
        as(editor).get(API + "/priorities/" + priorityId).then().statusCode(200)
                .body("outcomeIds", contains(outcomeId))
                .body("linked.outcomes.id", contains(outcomeId))
                .body("linked.services.id", contains(serviceId))
                .body("linked.services[0].label", equalTo("Virtual Mental Health Team"))
                .body("linked.coproduction.id", contains(coproductionId));
    }

    @Test
    void everyOtherRecordShowsItsLinksFromItsSide() {
        as(editor).get(API + "/services/" + serviceId).then().statusCode(200)
                .body("linked.priorities.id", contains(priorityId))
                .body("linked.outcomes.id", contains(outcomeId))
                .body("linked.coproduction.id", contains(coproductionId));
        as(editor).get(API + "/outcomes/" + outcomeId).then().statusCode(200)
                .body("linked.priorities.id", contains(priorityId))
                .body("linked.services.id", contains(serviceId));
        as(editor).get(API + "/coproduction/" + coproductionId).then().statusCode(200)
                .body("linked.priorities.id", contains(priorityId))
                .body("linked.services.id", contains(serviceId));
    }

    @Test
    void listsDoNotCarryLinkedRecords() {
        as(editor).queryParam("strategyId", strategyId).get(API + "/priorities").then()
                .body("items[0].outcomeIds", contains(outcomeId))
                .body("items[0].linked", equalTo(null));
    }

    @Test
    void anArchivedRecordStaysLinkedAndShowsAsArchived() {
        as(editor).header("If-Match", etag("/services/" + serviceId)).delete(API + "/services/" + serviceId).then()
                .statusCode(200);
        as(editor).get(API + "/priorities/" + priorityId).then()
                .body("linked.services", hasSize(1))
                .body("linked.services[0].archived", equalTo(true));
        as(editor).get(API + "/coproduction/" + coproductionId).then()
                .body("serviceIds", contains(serviceId))
                .body("linked.services[0].archived", equalTo(true));
    }

    @Test
    void aLinkToAnotherAreaOrToNothingIs422AndNothingIsWritten() {
        String otherEditor = Tokens.editor(OTHER_AREA);
        String foreignPriority = Fixtures.priority(OTHER_AREA, otherEditor, Fixtures.strategy(OTHER_AREA, otherEditor),
                List.of());
        var service = Fixtures.service("Cross-area");
        service.put("priorityIds", List.of(priorityId, foreignPriority));
        service.put("outcomeIds", List.of("00000000-0000-0000-0000-000000000000"));
        as(editor).body(service).post(API + "/services").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("priorityIds[1]", "outcomeIds[0]"));
        as(editor).queryParam("q", "Cross-area").get(API + "/services").then().body("total", equalTo(0));

        as(editor).header("If-Match", etag("/priorities/" + priorityId))
                .body(Map.of("strategyId", strategyId, "title", "Relinked", "outcomeIds", List.of(foreignPriority)))
                .put(API + "/priorities/" + priorityId).then().statusCode(422)
                .body("errors[0].field", equalTo("outcomeIds[0]"));
        as(editor).get(API + "/priorities/" + priorityId).then().body("outcomeIds", contains(outcomeId));
    }

    @Test
    void unlinkingFromTheKeepingSideRemovesBothDirections() {
        var survey = Fixtures.coproduction("Parent Carer Forum survey");
        survey.put("priorityIds", List.of());
        as(editor).header("If-Match", "\"0\"").body(survey).put(API + "/coproduction/" + coproductionId).then()
                .statusCode(200).body("linked.priorities", hasSize(0));
        as(editor).get(API + "/priorities/" + priorityId).then().body("linked.coproduction", hasSize(0));
    }
}
