package org.sendhub.coproduction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CoproductionResourceTest {

    static final String AREA = "E09000013";
    static final String BASE = "/api/v1/areas/" + AREA + "/coproduction";
    String editor = Tokens.editor(AREA);

    private static boolean made;

    /** Once per class (a @BeforeAll would run before Quarkus gives REST Assured its port). */
    @BeforeEach
    void log() {
        if (made) {
            return;
        }
        made = true;
        Api.ensureArea(AREA, "Voice borough");
        var survey = Fixtures.coproduction("Big SEND Survey");
        survey.putAll(Map.of("heldOn", "2023-03-01", "principles", List.of("voice", "influence"),
                "youSaid", "Waiting times for autism assessment are too long",
                "weDid", "Commissioned a new assessment pathway", "feedbackGivenOn", "2023-06-15",
                "status", "closed", "participants", Map.of("childrenYoungPeople", 120, "parentsCarers", 450)));
        Fixtures.create(AREA, editor, "coproduction", survey);
        var dropIn = Fixtures.coproduction("Monthly SEND drop-in");
        dropIn.putAll(Map.of("kind", "drop_in", "heldOn", "2024-05-10", "principles", List.of("space"),
                "youSaid", "Parents want one place to ask", "status", "open"));
        Fixtures.create(AREA, editor, "coproduction", dropIn);
        var live = Fixtures.coproduction("Local Offer Live");
        live.putAll(Map.of("kind", "workshop", "heldOn", "2024-11-20", "status", "responded",
                "weDid", "Moved the Local Offer pages", "partners", List.of("Parent Carer Forum")));
        Fixtures.create(AREA, editor, "coproduction", live);
    }

    @Test
    void theLogFiltersByKindStatusDatesPrincipleAndOpenLoops() {
        as(editor).get(BASE).then().body("items.title",
                contains("Local Offer Live", "Monthly SEND drop-in", "Big SEND Survey"));
        as(editor).queryParam("kind", "drop_in").get(BASE).then().body("items.title", contains("Monthly SEND drop-in"));
        as(editor).queryParam("status", "closed").get(BASE).then().body("items.title", contains("Big SEND Survey"));
        as(editor).queryParam("from", "2024-01-01").queryParam("to", "2024-06-30").get(BASE).then()
                .body("items.title", contains("Monthly SEND drop-in"));
        as(editor).queryParam("principle", "influence").get(BASE).then()
                .body("items.title", contains("Big SEND Survey"));
        as(editor).queryParam("loopOpen", true).get(BASE).then()
                .body("items.title", contains("Local Offer Live", "Monthly SEND drop-in"));
        as(editor).queryParam("loopOpen", false).get(BASE).then().body("items.title", contains("Big SEND Survey"));
        as(editor).queryParam("q", "autism").get(BASE).then().body("items.title", contains("Big SEND Survey"))
                .body("items[0].participants.parentsCarers", equalTo(450));
        as(editor).queryParam("principle", "listening").get(BASE).then().statusCode(400);
    }

    @Test
    void aClosedLoopMustSayWhatWeDidAndFeedbackFollowsTheEvent() {
        var record = Fixtures.coproduction("Closed too soon");
        record.putAll(Map.of("status", "closed", "heldOn", "2024-05-01", "feedbackGivenOn", "2024-04-01",
                "participants", Map.of("parentsCarers", -3)));
        as(editor).body(record).post(BASE).then().statusCode(422)
                .body("errors.field", contains("participants.parentsCarers", "feedbackGivenOn", "weDid"));
        as(editor).queryParam("q", "Closed too soon").get(BASE).then().body("total", equalTo(0));
    }

    @Test
    void aRecordIsNotClosedWithoutTheDayFeedbackWasGivenAndNothingChanges() {
        String area = Api.unusedArea(java.util.stream.IntStream.rangeClosed(11, 19)
                .mapToObj(n -> String.format("E080000%02d", n)).toList());
        Api.ensureArea(area, "Loop borough");
        String editor = Tokens.editor(area);
        String base = "/api/v1/areas/" + area + "/coproduction";
        var record = Fixtures.coproduction("Closed without feedback");
        record.putAll(Map.of("status", "responded", "weDid", "Changed the pathway"));
        String id = Fixtures.create(area, editor, "coproduction", record);
        record.put("status", "closed");
        as(editor).header("If-Match", "\"0\"").body(record).put(base + "/" + id).then().statusCode(422)
                .body("errors.field", contains("feedbackGivenOn"))
                .body("errors[0].message", containsString("date feedback was given"));
        as(editor).get(base + "/" + id).then().body("status", equalTo("responded")).body("version", equalTo(0));
        record.put("feedbackGivenOn", "2025-01-10");
        as(editor).header("If-Match", "\"0\"").body(record).put(base + "/" + id).then().statusCode(200)
                .body("status", equalTo("closed"));
    }
}
