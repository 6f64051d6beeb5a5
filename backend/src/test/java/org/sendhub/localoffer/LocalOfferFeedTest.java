package org.sendhub.localoffer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendhub.testsupport.Api.as;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The public Local Offer feed, read as the Open Referral UK validator reads it: every answer is
 * checked against the standard's JSON Schemas, ids are taken from the lists and each is fetched.
 */
@QuarkusTest
class LocalOfferFeedTest {

    static final String AREA = "E09000030";
    static final String OTHER_AREA = "E09000031";
    static final String FEED = "/openreferral/" + AREA;
    static final String API = "/api/v1/areas/" + AREA + "/services";
    static final int PUBLISHED = 23;

    /** Ids of the standard's namespace recomputed with Python's uuid.uuid5 (README, "Local Offer feed"). */
    static final String ASD_TERM = "7a6edc4d-c66a-5b64-ae27-181ddd5368cf";
    static final String SPECIALIST_TERM = "0831c20e-bf95-52ce-9da2-3ce43e028341";
    static final String NEEDS_TAXONOMY = "c1800306-0908-5133-8e3c-8d09f7f332a8";
    static final String ACME_ORGANIZATION = "b6a44191-5774-5cfb-ac46-bb3d2b8961ca";

    static final ObjectMapper JSON = new ObjectMapper();

    static String editor = Tokens.editor(AREA, OTHER_AREA);
    static final Map<String, String> ids = new HashMap<>();
    private static boolean made;

    /** Once per class (a @BeforeAll would run before Quarkus gives REST Assured its port). */
    @BeforeEach
    void publish() {
        if (made) {
            return;
        }
        made = true;
        Api.ensureArea(AREA, "Feed borough");
        Api.ensureArea(OTHER_AREA, "Other borough");
        String[] providers = { "Acme Children's Trust", "acme  children's trust", "Riverside NHS Foundation Trust", null };
        String[] tiers = { "universal", "targeted", "specialist" };
        String[][] needs = { { "ASD", "SLCN" }, { "SEMH" }, {}, { "ASD" }, { "PMLD", "SLD", "MSI" } };
        String[] statuses = { "active", "active", "planned", "decommissioned" };
        for (int i = 0; i < PUBLISHED; i++) {
            var body = Fixtures.service(String.format("Feed service %02d", i));
            body.put("tier", tiers[i % tiers.length]);
            body.put("needs", List.of(needs[i % needs.length]));
            body.put("sectors", i % 2 == 0 ? List.of("health") : List.of("education", "social_care"));
            body.put("status", statuses[i % statuses.length]);
            body.put("provider", providers[i % providers.length]);
            body.put("description", "What service " + i + " does for children and families.");
            body.put("ageFrom", 0);
            body.put("ageTo", 5 + i % 20);
            body.put("localOfferUrl", "https://localoffer.example.org/services/" + i);
            body.put("publishToLocalOffer", true);
            secrets(body);
            ids.put(String.format("Feed service %02d", i), Fixtures.create(AREA, editor, "services", body));
        }
        var unpublished = Fixtures.service("Unpublished respite pilot");
        secrets(unpublished);
        ids.put("unpublished", Fixtures.create(AREA, editor, "services", unpublished));
        var archived = Fixtures.service("Archived published service");
        archived.put("publishToLocalOffer", true);
        ids.put("archived", Fixtures.create(AREA, editor, "services", archived));
        archive(ids.get("archived"));
        var elsewhere = Fixtures.service("Published in another area");
        elsewhere.put("publishToLocalOffer", true);
        ids.put("elsewhere", Fixtures.create(OTHER_AREA, editor, "services", elsewhere));
    }

    /** What commissioners keep of a service and the feed must never show. */
    private static void secrets(Map<String, Object> body) {
        body.put("commissioners", List.of("Confidential Commissioning Partnership"));
        body.put("annualValue", 987654.32);
        body.put("fundingModel", "pooled");
        body.put("contractStart", "2024-04-01");
        body.put("contractEnd", "2027-03-31");
    }

    @Test
    void theFeedAnswersWhatTheValidatorAsksAndEveryAnswerIsValidOrukJson() throws IOException {
        JsonNode details = valid("api_details", FEED + "/");
        assertEquals("HSDS-UK-3.0", details.get("version").asText());
        assertTrue(details.get("openapi_url").asText().endsWith(FEED + "/openapi.json"), details.toString());
        JsonNode openApi = read(given().get(FEED + "/openapi.json").then().statusCode(200).extract().response());
        assertTrue(openApi.at("/paths").has("/services/{id}"));
        assertTrue(openApi.at("/servers/0/url").asText().endsWith(FEED + "/"));

        JsonNode first = valid("service_list", FEED + "/services?per_page=5");
        assertEquals(PUBLISHED, first.get("total_items").asInt());
        int pages = first.get("total_pages").asInt();
        assertEquals(5, pages);
        assertTrue(first.get("first_page").asBoolean());
        JsonNode middle = valid("service_list", FEED + "/services?per_page=5&page=" + (pages + 1) / 2);
        assertFalse(middle.get("first_page").asBoolean() || middle.get("last_page").asBoolean());
        JsonNode last = valid("service_list", FEED + "/services?per_page=5&page=" + pages);
        assertTrue(last.get("last_page").asBoolean());
        assertEquals(PUBLISHED - 5 * (pages - 1), last.get("size").asInt());

        var seen = new LinkedHashSet<String>();
        for (int page = 1; page <= pages; page++) {
            for (JsonNode service : valid("service_list", FEED + "/services?per_page=5&page=" + page).get("contents")) {
                seen.add(service.get("id").asText());
            }
        }
        var expected = new TreeSet<String>();
        ids.forEach((name, id) -> {
            if (name.startsWith("Feed service")) {
                expected.add(id);
            }
        });
        assertEquals(expected, new TreeSet<>(seen), "every published service once, across the pages");

        for (String id : seen) {
            JsonNode service = valid("service", FEED + "/services/" + id);
            assertEquals(id, service.get("id").asText());
            assertEquals(AREA, service.at("/service_areas/0/uri").asText().replaceAll(".*/", ""));
        }
        for (JsonNode organization : valid("organization_list", FEED + "/organizations").get("contents")) {
            JsonNode full = valid("organization", FEED + "/organizations/" + organization.get("id").asText());
            assertTrue(full.get("services").size() > 0);
        }
        for (JsonNode taxonomy : valid("taxonomy_list", FEED + "/taxonomies").get("contents")) {
            valid("taxonomy", FEED + "/taxonomies/" + taxonomy.get("id").asText());
        }
        JsonNode terms = valid("taxonomy_term_list", FEED + "/taxonomy_terms?per_page=100");
        assertEquals(13 + 3 + 3, terms.get("total_items").asInt());
        for (JsonNode term : terms.get("contents")) {
            valid("taxonomy_term", FEED + "/taxonomy_terms/" + term.get("id").asText());
        }
        valid("service_list", FEED + "/services?minimal=true&per_page=100");
        valid("service_list", FEED + "/services?full=true&per_page=100");
        valid("organization_list", FEED + "/organizations?full_service=true");
    }

    @Test
    void theSchemaCheckCatchesWhatBreaksTheStandard() throws IOException {
        var broken = JSON.readTree("{\"id\": \"not-a-uuid\", \"name\": \"X\", \"status\": \"open\"}");
        assertEquals(2, OrukSchemas.problems("service", broken).size(), OrukSchemas.problems("service", broken).toString());
    }

    @Test
    void aServiceSaysOnlyWhatTheStandardsFieldsHoldAndNeverMoneyContractsOrCommissioners() throws IOException {
        String id = ids.get("Feed service 00");
        String body = given().get(FEED + "/services/" + id).then().statusCode(200).extract().asString();
        JsonNode service = JSON.readTree(body);
        assertEquals("Feed service 00", service.get("name").asText());
        assertEquals("active", service.get("status").asText());
        assertEquals(0, service.get("minimum_age").asInt());
        assertEquals(5, service.get("maximum_age").asInt());
        assertEquals("https://localoffer.example.org/services/0", service.get("url").asText());
        assertEquals("Acme Children's Trust", service.at("/organization/name").asText());
        var terms = new TreeSet<String>();
        service.get("attributes").forEach(a -> terms.add(a.at("/taxonomy_term/name").asText()));
        assertEquals(new TreeSet<>(List.of("Autistic spectrum disorder", "Speech, language and communication needs",
                "Universal", "Health")), terms);
        for (String secret : List.of("Confidential Commissioning", "987654", "pooled", "2027-03-31", "2024-04-01",
                "commissioner", "annual", "contract", "priorit", "outcome")) {
            assertFalse(body.toLowerCase().contains(secret.toLowerCase()), secret + " leaked: " + body);
        }
        var allowed = Set.of("id", "organization_id", "name", "description", "url", "status", "minimum_age",
                "maximum_age", "last_modified", "organization", "service_areas", "attributes");
        service.fieldNames().forEachRemaining(field -> assertTrue(allowed.contains(field), field));
    }

    @Test
    void unpublishedArchivedAndOtherAreasServicesNeverAppear() throws IOException {
        for (String key : List.of("unpublished", "archived", "elsewhere")) {
            given().get(FEED + "/services/" + ids.get(key)).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
        var names = new ArrayList<String>();
        read(given().get(FEED + "/services?per_page=100").then().statusCode(200).extract().response()).get("contents")
                .forEach(s -> names.add(s.get("name").asText()));
        assertFalse(names.contains("Unpublished respite pilot") || names.contains("Archived published service")
                || names.contains("Published in another area"), names.toString());
        assertEquals(0, read(given().get(FEED + "/services?search=respite").then().extract().response())
                .get("total_items").asInt());
    }

    @Test
    void aServiceLeavesTheFeedWhenUnpublishedOrArchivedAndEveryCachedCopyIsStale() throws IOException {
        var body = Fixtures.service(Fixtures.unique("Leaving service"));
        body.put("publishToLocalOffer", true);
        String id = Fixtures.create(AREA, editor, "services", body);
        Response before = given().get(FEED + "/services?per_page=100");
        String etag = before.header("ETag");
        given().get(FEED + "/services/" + id).then().statusCode(200);

        body.put("publishToLocalOffer", false);
        update(id, body).then().statusCode(200).body("publishToLocalOffer", equalTo(false));
        given().get(FEED + "/services/" + id).then().statusCode(404);
        given().header("If-None-Match", etag).get(FEED + "/services?per_page=100").then().statusCode(200)
                .header("ETag", not(equalTo(etag)));

        body.put("publishToLocalOffer", true);
        update(id, body).then().statusCode(200);
        given().get(FEED + "/services/" + id).then().statusCode(200);
        archive(id);
        given().get(FEED + "/services/" + id).then().statusCode(404);
    }

    @Test
    void statusFollowsTheStandardsWordsADecommissionedServiceIsDefunct() throws IOException {
        var statuses = new HashMap<String, String>();
        read(given().get(FEED + "/services?per_page=100").then().extract().response()).get("contents")
                .forEach(s -> statuses.put(s.get("name").asText(), s.get("status").asText()));
        assertEquals("active", statuses.get("Feed service 00"));
        assertEquals("inactive", statuses.get("Feed service 02"));
        assertEquals("defunct", statuses.get("Feed service 03"));
    }

    @Test
    void directoriesFilterByTaxonomyTermOrganizationAndChangeDate() throws IOException {
        JsonNode autism = read(given().queryParam("taxonomy_term_id", ASD_TERM).queryParam("per_page", 100)
                .get(FEED + "/services").then().statusCode(200).extract().response());
        // Needs cycle through five lists; ASD is in the first and the fourth.
        long withAsd = java.util.stream.IntStream.range(0, PUBLISHED).filter(i -> i % 5 == 0 || i % 5 == 3).count();
        assertEquals(withAsd, autism.get("total_items").asLong());
        long specialist = java.util.stream.IntStream.range(0, PUBLISHED).filter(i -> i % 3 == 2).count();
        assertEquals(specialist, read(given().queryParam("taxonomy_term_id", SPECIALIST_TERM)
                .get(FEED + "/services").then().extract().response()).get("total_items").asLong());
        long withNeeds = java.util.stream.IntStream.range(0, PUBLISHED).filter(i -> i % 5 != 2).count();
        assertEquals(withNeeds, read(given().queryParam("taxonomy_id", NEEDS_TAXONOMY).queryParam("per_page", 100)
                .get(FEED + "/services").then().extract().response()).get("total_items").asLong());

        JsonNode acme = read(given().get(FEED + "/organizations/" + ACME_ORGANIZATION).then().statusCode(200)
                .extract().response());
        assertEquals("Acme Children's Trust", acme.get("name").asText());
        // Two spellings of one provider are one organization, with the services of both.
        long acmes = java.util.stream.IntStream.range(0, PUBLISHED).filter(i -> i % 4 < 2).count();
        assertEquals(acmes, acme.get("services").size());
        assertEquals(acmes, read(given().queryParam("organization_id", ACME_ORGANIZATION).queryParam("per_page", 100)
                .get(FEED + "/services").then().extract().response()).get("total_items").asLong());

        assertEquals(0, read(given().queryParam("modified_after", "2999-01-01T00:00:00Z").get(FEED + "/services")
                .then().statusCode(200).extract().response()).get("total_items").asInt());
        assertTrue(read(given().queryParam("modified_after", "2000-01-01").get(FEED + "/services").then()
                .statusCode(200).extract().response()).get("total_items").asInt() >= PUBLISHED);
        JsonNode slcn = read(given().queryParam("search", "speech").get(FEED + "/taxonomy_terms").then()
                .statusCode(200).extract().response());
        assertEquals("SLCN", slcn.at("/contents/0/term").asText());
    }

    @Test
    void answersCanBeRevalidatedWithEtagOrDateAndAChangeGivesANewEtag() {
        Response first = given().get(FEED + "/services/" + ids.get("Feed service 01"));
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertTrue(etag != null && lastModified != null, first.headers().toString());
        assertEquals("public, max-age=60", first.header("Cache-Control"));
        given().header("If-None-Match", etag).get(FEED + "/services/" + ids.get("Feed service 01")).then()
                .statusCode(304).header("ETag", etag);
        given().header("If-Modified-Since", lastModified).get(FEED + "/services/" + ids.get("Feed service 01"))
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").header("If-Modified-Since", lastModified)
                .get(FEED + "/services/" + ids.get("Feed service 01")).then().statusCode(200);
        given().header("If-None-Match", etag).get(FEED + "/").then().statusCode(200);
    }

    @Test
    void theFeedIsOpenToEveryOriginButTheApiIsNot() {
        given().header("Origin", "https://directory.example.org").get(FEED + "/services").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://directory.example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").options(FEED + "/services").then()
                .statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
        given().get("/openreferral/E09000999/services").then().statusCode(404)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://directory.example.org").auth().oauth2(editor).get(API).then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://directory.example.org").get(API).then().statusCode(401)
                .header("Access-Control-Allow-Origin", nullValue());
        given().get("/hardening-test.html").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void everyRefusalIsProblemJson() {
        for (String bad : List.of("/openreferral/E09000999/", "/openreferral/not-an-area/services",
                FEED + "/no-such-endpoint", FEED + "/services/" + java.util.UUID.randomUUID(),
                FEED + "/organizations/" + java.util.UUID.randomUUID(),
                FEED + "/taxonomies/" + java.util.UUID.randomUUID(),
                FEED + "/taxonomy_terms/" + java.util.UUID.randomUUID())) {
            given().get(bad).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        for (String bad : List.of("page=0", "page=-1", "page=two", "per_page=0", "per_page=101", "per_page=x",
                "modified_after=yesterday", "modified_after=2025-13-40", "taxonomy_term_id=autism",
                "organization_id=123", "minimal=maybe", "minimal=true&full=true", "format=ndjson",
                "page=2147483647&per_page=100", "search=" + "x".repeat(201))) {
            given().get(FEED + "/services?" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("errors[0].field", notNullValue());
        }
        given().get(FEED + "/services/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        given().post(FEED + "/services").then().statusCode(405).contentType("application/problem+json");
        given().get(FEED + "/services?page=99").then().statusCode(200).body("empty", equalTo(true));
    }

    @Test
    void aServiceIsUnpublishedUntilSomeoneChoosesAndTheEditorsApiIsAsBefore() {
        String id = Fixtures.create(AREA, editor, "services", Fixtures.service(Fixtures.unique("Quiet service")));
        as(editor).get(API + "/" + id).then().statusCode(200).body("publishToLocalOffer", equalTo(false))
                .body("annualValue", nullValue());
        given().get(FEED + "/services/" + id).then().statusCode(404);
        as(editor).queryParam("q", "Feed service 00").get(API).then().statusCode(200)
                .body("items[0].publishToLocalOffer", equalTo(true))
                .body("items[0].annualValue", equalTo(987654.32f)).header("Cache-Control", "no-store");
        Api.anonymous().get(API).then().statusCode(401);
        as(Tokens.editor("E09000001")).get(API).then().statusCode(404);
    }

    private static Response update(String id, Map<String, Object> body) {
        int version = as(editor).get(API + "/" + id).then().extract().path("version");
        return as(editor).header("If-Match", "\"" + version + "\"").body(body).put(API + "/" + id);
    }

    private static void archive(String id) {
        int version = as(editor).get(API + "/" + id).then().extract().path("version");
        as(editor).header("If-Match", "\"" + version + "\"").delete(API + "/" + id).then().statusCode(200);
    }

    /** GETs the address, expects 200 and JSON that the standard's schema of that name accepts. */
    private static JsonNode valid(String schema, String address) throws IOException {
        Response response = given().get(address);
        assertEquals(200, response.statusCode(), address + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/json"), address + ": " + response.contentType());
        JsonNode body = read(response);
        List<String> problems = OrukSchemas.problems(schema, body);
        assertEquals(List.of(), problems, address + " breaks the standard's " + schema + " schema: " + body);
        return body;
    }

    private static JsonNode read(Response response) throws IOException {
        return JSON.readTree(response.asString());
    }
}
