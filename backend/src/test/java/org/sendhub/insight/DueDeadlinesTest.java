package org.sendhub.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendhub.testsupport.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** One definition of due: the register's lists and the dashboard's (so the board report's) agree. */
@QuarkusTest
class DueDeadlinesTest {

    static final String AREA = "E09000023";

    String service(String name, String status, LocalDate contractEnd, LocalDate reviewDate) {
        var body = new HashMap<String, Object>(Fixtures.service(name));
        body.put("status", status);
        body.put("contractEnd", contractEnd == null ? null : contractEnd.toString());
        body.put("reviewDate", reviewDate == null ? null : reviewDate.toString());
        return Fixtures.create(AREA, Tokens.editor(AREA), "services", body);
    }

    Set<String> register(String due) {
        List<String> ids = as(Tokens.viewer(AREA)).queryParam("due", due).queryParam("size", 500)
                .get("/api/v1/areas/" + AREA + "/services").then().statusCode(200).extract().path("items.id");
        return Set.copyOf(ids);
    }

    @Test
    void overdueReviewsAndEndedContractsAreDueEverywhereAndFlagged() {
        Api.ensureArea(AREA, "Deadline borough");
        var today = LocalDate.now();
        String reviewOverdue = service("Review overdue", "planned", null, today.minusDays(10));
        String reviewSoon = service("Review soon", "active", null, today.plusMonths(2));
        String reviewLater = service("Review later", "active", null, today.plusMonths(8));
        String reviewOfDecommissioned = service("Decommissioned", "decommissioned", null, today.minusDays(3));
        String ended = service("Contract ended", "active", today.minusDays(1), null);
        String ending = service("Contract ending", "active", today.plusMonths(5), null);
        String plannedEnding = service("Planned contract", "planned", today.plusMonths(1), null);

        var dashboard = as(Tokens.viewer(AREA)).get("/api/v1/areas/" + AREA + "/dashboard").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> reviews = dashboard.getList("reviewsDue");
        List<Map<String, Object>> contracts = dashboard.getList("contractsEnding");
        assertEquals(List.of(reviewOverdue, reviewSoon), reviews.stream().map(r -> r.get("serviceId")).toList(),
                "overdue first; not the one after 6 months nor the decommissioned one");
        assertEquals(List.of(true, false), reviews.stream().map(r -> r.get("overdue")).toList());
        assertEquals(List.of(ended, ending), contracts.stream().map(r -> r.get("serviceId")).toList(),
                "active contracts only, the ended one first");
        assertEquals(List.of(true, false), contracts.stream().map(r -> r.get("overdue")).toList());

        assertEquals(reviews.stream().map(r -> (String) r.get("serviceId")).collect(Collectors.toSet()),
                register("review"));
        assertEquals(contracts.stream().map(r -> (String) r.get("serviceId")).collect(Collectors.toSet()),
                register("contract_end"));

        as(Tokens.viewer(AREA)).queryParam("due", "soon").get("/api/v1/areas/" + AREA + "/services").then()
                .statusCode(400);
    }
}
