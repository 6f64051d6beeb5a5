package org.sendhub.hardening;

import static org.hamcrest.Matchers.equalTo;
import static org.sendhub.testsupport.Api.as;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * The token server really stopped: tokens it signed keep working, because the API checks them
 * with the keys it has already fetched; a token it cannot check is still a 401, never a 500.
 */
@QuarkusTest
class KeycloakOutageTest {

    static final String AREA = "E09000026";

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void validTokensKeepWorkingWhileTheTokenServerIsDown() {
        Api.ensureArea(AREA, "Keycloak outage area");
        as(Tokens.viewer(AREA)).get("/api/v1/areas/" + AREA).then().statusCode(200);
        keycloak.stop();
        try {
            // A token issued before the outage, and one issued during it with the same key.
            as(Tokens.viewer(AREA)).get("/api/v1/areas/" + AREA).then().statusCode(200)
                    .body("code", equalTo(AREA));
            as(Tokens.editor(AREA)).get("/api/v1/me").then().statusCode(200);
            // An opaque token would need the server to introspect it: refused, cleanly.
            as("not-a-jwt").get("/api/v1/me").then().statusCode(401);
        } finally {
            keycloak.start();
        }
        as(Tokens.viewer(AREA)).get("/api/v1/areas/" + AREA).then().statusCode(200);
    }
}
