package org.sendhub.testsupport;

import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Access tokens as Keycloak issues them: realm roles and the area_codes claim. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username, String role, String... areaCodes) {
        return Jwt.preferredUserName(username)
                .groups(Set.of(role))
                .claim("area_codes", List.of(areaCodes))
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }

    public static String admin() {
        return of("admin.test", "admin");
    }

    public static String editor(String... areaCodes) {
        return of("editor.test", "editor", areaCodes);
    }

    public static String viewer(String... areaCodes) {
        return of("viewer.test", "viewer", areaCodes);
    }

    public static String analyst(String... areaCodes) {
        return of("analyst.test", "analyst", areaCodes);
    }
}
