package org.sendhub.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.sendhub.testsupport.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.ContractFilter;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Every figure of the SEND Board's view, on data built for the test. */
@QuarkusTest
class InsightResourceTest {

    static final String AS_OF = "2025-06-01";
    static int next = 0;

    @Inject
    EntityManager em;

    String area;
    String editor;

    /** Unitary authorities this class makes areas of, a fresh one for each test. */
    static final List<String> FRESH_AREAS = IntStream.rangeClosed(21, 45)
            .mapToObj(n -> String.format("E060000%02d", n)).toList();

    void newArea() {
        area = Api.unusedArea(FRESH_AREAS);
        Api.ensureArea(area, "Board borough");
        editor = Tokens.editor(area);
    }

    String api(String path) {
        return "/api/v1/areas/" + area + path;
    }

    /** Moves a record's audit history back in time, as if it had been written then. */
    @Transactional
    void backdate(String entityId, int days) {
        em.createNativeQuery("UPDATE audit_entry SET at = at - make_interval(days => :days) WHERE entity_id = :id")
                .setParameter("days", days).setParameter("id", entityId).executeUpdate();
    }

    String indicatorWithValues(String code, List<String> breakdowns, String... rows) {
        as(Tokens.admin()).body(Map.of("code", code, "name", code, "unit", "percent",
                "polarity", "lower_is_better", "breakdowns", breakdowns)).post("/api/v1/indicators").then()
                .statusCode(201);
        var csv = new StringBuilder("indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,"
                + "category,value,numerator,denominator,lower_ci,upper_ci,unit,note\n");
        for (String row : rows) {
            csv.append(code).append(",x,").append(row).append('\n');
        }
        given().filter(new ContractFilter()).auth().oauth2(Tokens.admin()).contentType("text/csv")
                .accept("application/json").body(csv.toString()).post("/api/v1/indicator-values/import").then()
                .statusCode(200);
        return code;
    }

    @Test
    void theDashboardCountsWhatTheBoardReads() {
        newArea();
        String strategy = Fixtures.strategy(area, editor);
        String code = indicatorWithValues("dash_" + area.toLowerCase(), List.of(),
                area + ",x,2023,2023-01-01,total,total,4.1,,,,,,", area + ",x,2024,2024-01-01,total,total,3.8,,,,,,",
                "E92000001,x,2024,2024-01-01,total,total,4.0,,,,,,");
        var transitions = new java.util.HashMap<String, Object>(Map.of("strategyId", strategy, "title", "Transitions",
                "status", "on_track", "actions", List.of(
                        Map.of("description", "Late", "dueDate", day(-30), "status", "in_progress", "owner", "SENCO"),
                        Map.of("description", "Done late", "dueDate", day(-30), "status", "done"),
                        Map.of("description", "Due soon", "dueDate", day(30), "status", "not_started"),
                        Map.of("description", "Not due", "dueDate", day(400), "status", "not_started"),
                        Map.of("description", "Overdue first", "dueDate", day(-90), "status", "blocked")),
                "measures", List.of(Map.of("indicatorCode", code, "description", "EHCP rate"))));
        String changed = as(editor).body(transitions).post(api("/priorities")).then().statusCode(201).extract()
                .path("id");
        String steady = as(editor).body(Map.of("strategyId", strategy, "title", "Short breaks", "status", "at_risk"))
                .post(api("/priorities")).then().statusCode(201).extract().path("id");
        backdate(changed, 60);
        backdate(steady, 60);
        transitions.put("status", "off_track");
        as(editor).header("If-Match", "\"0\"").body(transitions).put(api("/priorities/" + changed)).then()
                .statusCode(200);

        service("Ending soon", "active", "do", day(90), day(300), 100000.5);
        service("Ending later", "active", "do", day(600), day(40), 50000);
        service("Planned", "planned", "plan", day(60), null, 1);
        coproduction("survey", day(-150), day(-120));
        coproduction("survey", day(-90), null);
        coproduction("drop_in", day(-60), day(-40));
        coproduction("drop_in", day(-700), day(-690));

        String today = LocalDate.now().toString();
        as(Tokens.viewer(area)).queryParam("since", day(-30))
                .get(api("/dashboard")).then().statusCode(200)
                .body("priorityStatus.find { it.status == 'off_track' }.now", equalTo(1))
                .body("priorityStatus.find { it.status == 'off_track' }.then", equalTo(0))
                .body("priorityStatus.find { it.status == 'on_track' }.then", equalTo(1))
                .body("priorityStatus.find { it.status == 'at_risk' }.now", equalTo(1))
                .body("statusChanges.title", contains("Transitions"))
                .body("statusChanges[0].from", equalTo("on_track"))
                .body("statusChanges[0].to", equalTo("off_track"))
                .body("actionsDue.description", contains("Overdue first", "Late", "Due soon"))
                .body("actionsDue.overdue", contains(true, true, false))
                .body("actionsDue[1].owner", equalTo("SENCO"))
                .body("contractsEnding.name", contains("Ending soon"))
                .body("contractsEndingValue", equalTo(100000.5f))
                .body("reviewsDue.name", contains("Ending later"))
                .body("servicesByStage.find { it.stage == 'do' }.services", equalTo(2))
                .body("servicesByStage.find { it.stage == 'plan' }.services", equalTo(1))
                .body("coproductionByKind.find { it.kind == 'survey' }.records", equalTo(2))
                .body("coproductionByKind.find { it.kind == 'survey' }.loopClosed", equalTo(1))
                .body("coproductionByKind.find { it.kind == 'drop_in' }.records", equalTo(1))
                .body("coproductionClosedShare", equalTo(66.7f))
                .body("medianDaysToClose", equalTo(25.0f))
                .body("keyIndicators.priorityTitle", contains("Transitions"))
                .body("keyIndicators[0].measure.indicatorCode", equalTo(code))
                .body("keyIndicators[0].measure.latest.value", equalTo(3.8f))
                .body("keyIndicators[0].measure.direction", equalTo("improving"))
                .body("keyIndicators[0].measure.benchmark.place.code", equalTo(area))
                .body("keyIndicators[0].measure.benchmark.value.value", equalTo(3.8f))
                .body("prioritiesWithoutMeasure.label", contains("2. Short breaks"));
        as(Tokens.viewer(area)).queryParam("since", today).get(api("/dashboard")).then().statusCode(200)
                .body("statusChanges", empty());
        as(Tokens.viewer(area)).queryParam("since", "2030-01-01").queryParam("asOf", AS_OF).get(api("/dashboard"))
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void anEmptyAreaHasAnEmptyDashboard() {
        newArea();
        as(Tokens.viewer(area)).get(api("/dashboard")).then().statusCode(200)
                .body("priorityStatus.now", contains(0, 0, 0, 0, 0))
                .body("actionsDue", empty()).body("contractsEnding", empty())
                .body("coproductionClosedShare", nullValue()).body("medianDaysToClose", nullValue())
                .body("keyIndicators", empty());
        as(Tokens.viewer("E08000003")).get(api("/dashboard")).then().statusCode(404);
    }

    @Test
    void aPriorityTracesFromEvidenceToVoiceAndFlagsBrokenChains() {
        newArea();
        String strategy = Fixtures.strategy(area, editor);
        String code = indicatorWithValues("trace_" + area.toLowerCase(), List.of(),
                area + ",x,2024,2024-01-01,total,total,12,,,,,,");
        String outcome = Fixtures.outcome(area, editor, strategy);
        String linked = as(editor).body(Map.of("strategyId", strategy, "title", "Autism pathway",
                "outcomeIds", List.of(outcome), "measures", List.of(Map.of("indicatorCode", code,
                        "description", "Waiting", "targetValue", 10))))
                .post(api("/priorities")).then().statusCode(201).extract().path("id");
        String lonely = as(editor).body(Map.of("strategyId", strategy, "title", "Lonely"))
                .post(api("/priorities")).then().statusCode(201).extract().path("id");
        String a = service("Pathway", "active", "do", null, null, 1000, List.of(linked), List.of(outcome),
                List.of("Council", "ICB"));
        String b = service("Clinic", "active", "do", null, null, 500.25, List.of(linked), List.of(), List.of("ICB"));
        String orphan = service("Orphan", "active", "do", null, null, null, List.of(), List.of(), List.of());
        var survey = Fixtures.coproduction("Big SEND Survey");
        survey.put("priorityIds", List.of(linked));
        String voice = Fixtures.create(area, editor, "coproduction", survey);
        String unheard = Fixtures.create(area, editor, "coproduction", Fixtures.coproduction("Unheard"));

        as(Tokens.viewer(area)).get(api("/priorities/" + linked + "/trace")).then().statusCode(200)
                .body("evidence[0].latest.value", equalTo(12))
                .body("evidence[0].onTarget", equalTo(false))
                .body("outcomes.id", contains(outcome))
                .body("services.label", contains("Clinic", "Pathway"))
                .body("totalAnnualValue", equalTo(1500.25f))
                .body("fundingPartners", contains("Council", "ICB"))
                .body("coproduction.id", contains(voice))
                .body("flags", empty());
        as(Tokens.viewer(area)).get(api("/priorities/" + lonely + "/trace")).then()
                .body("flags", contains("no_measure", "no_service", "no_coproduction"))
                .body("totalAnnualValue", equalTo(0));
        as(Tokens.viewer(area)).get(api("/services/" + a + "/trace")).then().statusCode(200)
                .body("priorities.id", contains(linked)).body("evidence[0].indicatorCode", equalTo(code))
                .body("flags", contains("no_coproduction"));
        as(Tokens.viewer(area)).get(api("/outcomes/" + outcome + "/trace")).then().statusCode(200)
                .body("priorities.id", contains(linked)).body("services.id", contains(a))
                .body("coproduction.id", contains(voice)).body("flags", empty());
        as(Tokens.viewer(area)).get(api("/broken-chains")).then().statusCode(200)
                .body("prioritiesWithoutMeasure.id", contains(lonely))
                .body("prioritiesWithoutService.id", contains(lonely))
                .body("prioritiesWithoutCoproduction.id", contains(lonely))
                .body("activeServicesWithoutPriority.id", contains(orphan))
                .body("coproductionThatInfluencedNothing.id", contains(unheard));
        as(Tokens.viewer(area)).get(api("/services/" + b + "/trace")).then().body("services[0].annualValue",
                equalTo(500.25f));
    }

    @Test
    void gapAnalysisPutsFastGrowingThinlyServedNeedsFirst() {
        newArea();
        String prevalence = indicatorWithValues("share_" + area.toLowerCase(), List.of("primary_need"),
                area + ",x,2019,2019-01-01,primary_need,SLCN,10,,,,,,",
                area + ",x,2023,2023-01-01,primary_need,SLCN,20,,,,,,",
                area + ",x,2019,2019-01-01,primary_need,ASD,8,,,,,,",
                area + ",x,2023,2023-01-01,primary_need,ASD,12,,,,,,",
                area + ",x,2019,2019-01-01,primary_need,SEMH,10,,,,,,",
                area + ",x,2023,2023-01-01,primary_need,SEMH,11,,,,,,");
        serviceFor("SLCN therapy", List.of("SLCN"), "targeted", 1000);
        serviceFor("Autism outreach", List.of("ASD"), "specialist", 2000);
        serviceFor("Autism groups", List.of("ASD"), "universal", null);
        as(Tokens.viewer(area)).queryParam("prevalence", prevalence).get(api("/gap-analysis")).then().statusCode(200)
                .body("prevalenceIndicator", equalTo(prevalence))
                .body("needs[0].need", equalTo("SLCN"))
                .body("needs[0].growthPercent", equalTo(100.0f))
                .body("needs[0].services", equalTo(1))
                .body("needs[0].rankedBy", equalTo("growth"))
                .body("needs[0].reason", containsString("Grew 100% from 2019 to 2023"))
                .body("needs[0].reason", containsString("latest figure 20% ("))
                .body("needs[0].reason", containsString("1 live service (targeted), £1,000 a year"))
                .body("rule", containsString("the growth in % divided by one more than the number of live services"))
                .body("needs[1].need", equalTo("ASD"))
                .body("needs[1].growthPercent", equalTo(50.0f))
                .body("needs[1].tiers", contains("specialist", "universal"))
                .body("needs[1].totalAnnualValue", equalTo(2000.0f))
                .body("needs[1].servicesWithoutValue", equalTo(1))
                .body("needs[2].need", equalTo("SEMH"))
                .body("needs[2].reason", containsString("no live service serves it"))
                .body("needs.size()", equalTo(13));
    }

    @Test
    void withOneYearOfFiguresNeedsAreRankedByTheFigurePerServiceAsTheRuleSays() {
        newArea();
        String share = indicatorWithValues("one_year_" + area.toLowerCase(), List.of("primary_need"),
                area + ",x,2025,2025-01-01,primary_need,ASD,30,,,,,,",
                area + ",x,2025,2025-01-01,primary_need,SEMH,20,,,,,,",
                area + ",x,2025,2025-01-01,primary_need,SLCN,12,,,,,,");
        serviceFor("Autism outreach", List.of("ASD"), "specialist", 2000);
        serviceFor("Autism groups", List.of("ASD"), "universal", null);
        serviceFor("Hearing support", List.of("HI"), "specialist", 10);
        // ASD 30 / 3 = 10, SEMH 20 / 1 = 20, SLCN 12 / 1 = 12; then the needs with no figure, fewest services first.
        as(Tokens.viewer(area)).queryParam("prevalence", share).get(api("/gap-analysis")).then().statusCode(200)
                .body("needs.need[0..2]", contains("SEMH", "SLCN", "ASD"))
                .body("needs.rankedBy[0..3]", contains("prevalence", "prevalence", "prevalence", "services"))
                .body("needs[12].need", equalTo("HI"))
                .body("needs[0].reason", containsString("latest figure 20% ("))
                .body("needs[0].reason", containsString("ranked by 20% ÷ 1 = 20"))
                .body("needs[2].reason", containsString("2 live services (specialist, universal), £2,000 a year,"
                        + " 1 with no annual value recorded"))
                .body("rule", containsString("No need has a growth figure"))
                .body("sources[0].indicator", equalTo(share))
                .body("sources[0].caveats", org.hamcrest.Matchers.hasItem(containsString("Only one year")));
    }

    @Test
    void recordsEnteredAsTheBaselineAreNotNewAndTheDashboardSaysWhenHistoryBegins() {
        newArea();
        String strategy = Fixtures.strategy(area, editor);
        String existing = as(editor).queryParam("baseline", true)
                .body(Map.of("strategyId", strategy, "title", "Existing", "status", "at_risk"))
                .post(api("/priorities")).then().statusCode(201).extract().path("id");
        as(editor).body(Map.of("strategyId", strategy, "title", "Brand new", "status", "on_track"))
                .post(api("/priorities")).then().statusCode(201);
        as(editor).queryParam("baseline", "maybe").body(Map.of("strategyId", strategy, "title", "Bad flag"))
                .post(api("/priorities")).then().statusCode(400);
        as(Tokens.viewer(area)).queryParam("since", day(-90)).get(api("/dashboard")).then().statusCode(200)
                .body("priorityStatus.find { it.status == 'at_risk' }.then", equalTo(1))
                .body("priorityStatus.find { it.status == 'on_track' }.then", equalTo(0))
                .body("statusChanges.title", contains("Brand new"))
                .body("historyBegins", equalTo(LocalDate.now().toString()));
        as(Tokens.viewer(area)).queryParam("since", day(-90)).get(api("/board-report")).then().statusCode(200)
                .body("priorities.find { it.priority.id == '" + existing + "' }.statusThen", equalTo("at_risk"));
    }

    @Test
    void withoutIndicatorsNeedsAreListedWithANote() {
        newArea();
        serviceFor("Hearing support", List.of("HI"), "specialist", 10);
        as(Tokens.viewer(area)).get(api("/gap-analysis")).then().statusCode(200)
                .body("note", containsString("No indicator"))
                .body("needs.find { it.need == 'HI' }.services", equalTo(1))
                .body("needs.growthPercent", everyItemNull());
    }

    @Test
    void theBoardReportGathersItAll() {
        newArea();
        String strategy = Fixtures.strategy(area, editor);
        as(editor).body(Map.of("strategyId", strategy, "title", "Voice", "status", "on_track"))
                .post(api("/priorities")).then().statusCode(201);
        coproduction("forum", "2025-05-01", null);
        coproduction("forum", "2024-01-01", null);
        as(Tokens.viewer(area)).queryParam("date", AS_OF).queryParam("since", "2025-03-01").get(api("/board-report"))
                .then().statusCode(200)
                .body("area.code", equalTo(area))
                .body("priorities.priority.title", contains("Voice"))
                .body("priorities[0].statusThen", nullValue())
                .body("dashboard.asOf", equalTo(AS_OF))
                .body("gaps.needs.size()", equalTo(13))
                .body("youSaidWeDid.heldOn", contains("2025-05-01"));
    }

    static String day(int fromToday) {
        return LocalDate.now().plusDays(fromToday).toString();
    }

    static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    String service(String name, String status, String stage, String contractEnd, String reviewDate, Number value) {
        return service(name, status, stage, contractEnd, reviewDate, value, List.of(), List.of(), List.of());
    }

    String service(String name, String status, String stage, String contractEnd, String reviewDate, Number value,
            List<String> priorities, List<String> outcomes, List<String> commissioners) {
        var body = Fixtures.service(name);
        body.put("status", status);
        body.put("stage", stage);
        body.put("contractEnd", contractEnd);
        body.put("reviewDate", reviewDate);
        body.put("annualValue", value);
        body.put("priorityIds", priorities);
        body.put("outcomeIds", outcomes);
        body.put("commissioners", commissioners);
        return Fixtures.create(area, editor, "services", body);
    }

    void serviceFor(String name, List<String> needs, String tier, Number value) {
        var body = Fixtures.service(name);
        body.put("needs", needs);
        body.put("tier", tier);
        body.put("status", "active");
        body.put("annualValue", value);
        Fixtures.create(area, editor, "services", body);
    }

    void coproduction(String kind, String heldOn, String feedbackGivenOn) {
        var body = Fixtures.coproduction("Held " + heldOn);
        body.put("kind", kind);
        body.put("heldOn", heldOn);
        body.put("feedbackGivenOn", feedbackGivenOn);
        Fixtures.create(area, editor, "coproduction", body);
    }
}
