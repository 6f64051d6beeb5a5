package org.sendhub.area;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AreaResourceTest {

    static final String MINE = "E09000001";
    static final String THEIRS = "E09000002";

    @BeforeEach
    void areas() {
        Api.ensureArea(MINE, "Mine");
        Api.ensureArea(THEIRS, "Theirs");
    }

    @Test
    void aCallerListsOnlyTheAreasOfTheirClaim() {
        as(Tokens.viewer(MINE)).get("/api/v1/areas").then().statusCode(200)
                .body("items.code", contains(MINE)).body("total", equalTo(1));
        as(Tokens.admin()).queryParam("size", 500).get("/api/v1/areas").then().statusCode(200)
                .body("items.code", hasItems(MINE, THEIRS));
    }

    @Test
    void anAreaOutsideTheClaimIs404() {
        as(Tokens.viewer(MINE)).get("/api/v1/areas/" + THEIRS).then().statusCode(404);
        as(Tokens.viewer(MINE)).get("/api/v1/areas/" + MINE).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("name", equalTo("Mine"));
    }

    @Test
    void onlyAnAdminCreatesAreasAndCodesAreUnique() {
        as(Tokens.editor(MINE)).body(Map.of("code", "E09000003", "name", "New")).post("/api/v1/areas").then()
                .statusCode(403);
        as(Tokens.admin()).body(Map.of("code", MINE, "name", "Again")).post("/api/v1/areas").then()
                .statusCode(409);
        as(Tokens.admin()).body(Map.of("code", "Manchester", "name", "")).post("/api/v1/areas").then()
                .statusCode(422).body("errors.field", contains("code", "name"));
    }

    @Test
    void anAreaIsALocalAuthorityOfTheGeography() {
        for (String notAnAuthority : List.of("E92000001", "E12000002", "E09000999")) {
            as(Tokens.admin()).body(Map.of("code", notAnAuthority, "name", "Nowhere")).post("/api/v1/areas").then()
                    .statusCode(422).body("errors.field", contains("code"));
        }
        as(Tokens.admin()).get("/api/v1/areas/E92000001").then().statusCode(404);
    }

    @Test
    void anAdminRenamesAnAreaFromItsCurrentVersionOnly() {
        String code = "E09000004";
        Api.ensureArea(code, "Before");
        String etag = as(Tokens.admin()).get("/api/v1/areas/" + code).header("ETag");
        as(Tokens.admin()).header("If-Match", etag).body(Map.of("code", code, "name", "After"))
                .put("/api/v1/areas/" + code).then().statusCode(200).body("name", equalTo("After"));
        as(Tokens.admin()).header("If-Match", etag).body(Map.of("code", code, "name", "Stale"))
                .put("/api/v1/areas/" + code).then().statusCode(412).body("current.name", equalTo("After"));
        as(Tokens.admin()).queryParam("entityType", "area").get("/api/v1/areas/" + code + "/audit").then()
                .body("items.action", contains("update", "create"));
    }

    @Test
    void meTellsRolesAreasAndWhatTheCallerMayDo() {
        as(Tokens.viewer(MINE)).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("viewer.test")).body("roles", contains("viewer"))
                .body("areaCodes", contains(MINE)).body("canEdit", equalTo(false)).body("isAdmin", equalTo(false));
        as(Tokens.editor(MINE)).get("/api/v1/me").then().body("canEdit", equalTo(true));
    }
}
