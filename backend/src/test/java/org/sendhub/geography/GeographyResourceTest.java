package org.sendhub.geography;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.sendhub.testsupport.Api.as;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** England's geography as loaded from the committed DfE files, read by every signed-in user. */
@QuarkusTest
class GeographyResourceTest {

    static final String MANCHESTER = "E08000003";
    static final String CUMBRIA = "E10000006";

    @Test
    void englandItsNineRegionsAndEveryLocalAuthorityAreThere() {
        String anyone = Tokens.viewer();
        as(anyone).queryParam("level", "country").get("/api/v1/geography").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo("E92000001"))
                .body("items[0].name", equalTo("England")).body("items[0].region", nullValue());
        as(anyone).queryParam("level", "region").queryParam("sort", "code").get("/api/v1/geography").then()
                .statusCode(200).body("total", equalTo(9)).body("items[0].code", equalTo("E12000001"))
                .body("items[0].name", equalTo("North East")).body("items[8].code", equalTo("E12000009"));
        as(anyone).queryParam("level", "local_authority").queryParam("size", 500).get("/api/v1/geography").then()
                .statusCode(200).body("total", equalTo(159)).body("items.findAll { it.ended }", hasSize(6))
                .body("items.region.code", everyItem(org.hamcrest.Matchers.startsWith("E12")));
        as(anyone).get("/api/v1/geography").then().body("total", equalTo(169));
    }

    @Test
    void placesAreFoundByNameCodeOrDfeNumber() {
        String analyst = Tokens.analyst();
        as(analyst).queryParam("q", "manchester").get("/api/v1/geography").then().statusCode(200)
                .body("items.code", contains(MANCHESTER));
        as(analyst).queryParam("q", "352").get("/api/v1/geography").then().body("items.name", contains("Manchester"));
        as(analyst).queryParam("q", "north").queryParam("level", "region").get("/api/v1/geography").then()
                .body("items.name", contains("North East", "North West"));
    }

    @Test
    void aLocalAuthorityComesWithItsRegionAndTenRankedNeighbours() {
        as(Tokens.editor("E09000001")).get("/api/v1/geography/" + MANCHESTER).then().statusCode(200)
                .body("name", equalTo("Manchester")).body("level", equalTo("local_authority"))
                .body("oldLaCode", equalTo("352")).body("region.code", equalTo("E12000002"))
                .body("region.name", equalTo("North West")).body("ended", equalTo(false))
                .body("neighbours", hasSize(10))
                .body("neighbours.rank", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body("neighbours[0].code", equalTo("E06000018")).body("neighbours[0].name", equalTo("Nottingham"))
                .body("neighbours[0].closeness", equalTo("very_close"))
                .body("neighbours[9].closeness", equalTo("somewhat_close"));
    }

    @Test
    void aReorganisedAuthorityStaysMarkedAsEnded() {
        as(Tokens.viewer()).get("/api/v1/geography/" + CUMBRIA).then().statusCode(200)
                .body("name", equalTo("Cumbria")).body("ended", equalTo(true))
                .body("firstPeriod", equalTo("2018/19")).body("lastPeriod", equalTo("2022/23"))
                .body("neighbours", hasSize(0));
        as(Tokens.viewer()).queryParam("q", "Westmorland").get("/api/v1/geography").then()
                .body("items[0].ended", equalTo(false)).body("items[0].firstPeriod", equalTo("2023/24"));
        as(Tokens.viewer()).get("/api/v1/geography/E12000002").then().statusCode(200)
                .body("level", equalTo("region")).body("region", nullValue()).body("oldLaCode", nullValue());
    }

    @Test
    void signInIsNeededUnknownPlacesAre404AndBadLevels400() {
        Api.anonymous().get("/api/v1/geography").then().statusCode(401);
        Api.anonymous().get("/api/v1/geography/" + MANCHESTER).then().statusCode(401);
        as(Tokens.viewer()).get("/api/v1/geography/E09999999").then().statusCode(404);
        as(Tokens.viewer()).queryParam("level", "county").get("/api/v1/geography").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        as(Tokens.viewer()).queryParam("size", 500).get("/api/v1/geography").then()
                .body("items.code", hasItem(CUMBRIA));
    }
}
