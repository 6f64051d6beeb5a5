package org.sendhub.common.security;

import static org.hamcrest.Matchers.equalTo;
import static org.sendhub.testsupport.Api.as;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * A verified token is kept until it expires, never beyond, and only as the very token verified:
 * what the kept identity may change is only how often a signature is checked, never who is let in.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Test
    void aTokenKeptAfterItsFirstUseIsRefusedOnceItExpires() throws InterruptedException {
        long expiresAt = Instant.now().getEpochSecond() + 3;
        String token = Jwt.preferredUserName("brief.visitor").groups(Set.of("viewer"))
                .claim("area_codes", List.of("E08000003")).issuer("https://server.example.com")
                .audience("https://service.example.com").expiresAt(expiresAt).sign();
        as(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo("brief.visitor"));
        as(token).get("/api/v1/me").then().statusCode(200);

        while (Instant.now().getEpochSecond() <= expiresAt) {
            Thread.sleep(200);
        }
        as(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aKeptTokenChangedByOneCharacterIsVerifiedAfreshAndRefused() {
        String token = Tokens.editor("E08000003");
        as(token).get("/api/v1/me").then().statusCode(200);

        String[] parts = token.split("\\.");
        String signature = parts[2];
        char last = signature.charAt(signature.length() - 2);
        String forged = parts[0] + "." + parts[1] + "." + signature.substring(0, signature.length() - 2)
                + (last == 'A' ? 'B' : 'A') + signature.charAt(signature.length() - 1);
        as(forged).get("/api/v1/me").then().statusCode(401);

        // Claims of another's token under this token's signature: an admin's, say.
        String admin = Tokens.admin();
        String borrowed = admin.split("\\.")[0] + "." + admin.split("\\.")[1] + "." + signature;
        as(borrowed).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void eachKeptTokenIsItsOwnCaller() {
        String viewer = Tokens.viewer("E08000003");
        String admin = Tokens.admin();
        for (int i = 0; i < 3; i++) {
            as(viewer).get("/api/v1/me").then().body("username", equalTo("viewer.test"))
                    .body("canEdit", equalTo(false));
            as(admin).get("/api/v1/me").then().body("username", equalTo("admin.test"));
        }
    }
}
