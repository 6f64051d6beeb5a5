package org.sendhub.common.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

/** Who is calling: their name, roles and the areas their token names in {@code area_codes}. */
public record Caller(String username, String name, Set<String> roles, List<String> areaCodes) {

    public static final String AREA_CODES_CLAIM = "area_codes";

    public static Caller from(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String name = null;
        List<String> areas = List.of();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            username = preferred != null ? preferred : username;
            name = jwt.getClaim("name");
            areas = stringList(jwt.getClaim(AREA_CODES_CLAIM));
        }
        return new Caller(username, name, Set.copyOf(identity.getRoles()), areas);
    }

    private static List<String> stringList(Object claim) {
        var out = new ArrayList<String>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> out.add(value instanceof JsonString s ? s.getString() : value.toString()));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> out.add(String.valueOf(value)));
        } else if (claim instanceof JsonString s) {
            out.add(s.getString());
        } else if (claim instanceof String s) {
            out.addAll(List.of(s.split("[,\\s]+")));
        }
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean canEdit() {
        return isAdmin() || roles.contains(Role.EDITOR);
    }

    /** Admins reach every area; everyone else the areas of their claim. */
    public boolean reaches(String areaCode) {
        return isAdmin() || areaCodes.contains(areaCode);
    }

    /** Analysts benchmark across areas: they read indicator values of every area. */
    public boolean readsIndicatorValuesOf(String areaCode) {
        return isAdmin() || roles.contains(Role.ANALYST) || areaCodes.contains(areaCode);
    }

    public boolean readsEveryAreasIndicatorValues() {
        return isAdmin() || roles.contains(Role.ANALYST);
    }

    public boolean canReadRecords() {
        return isAdmin() || roles.contains(Role.EDITOR) || roles.contains(Role.VIEWER) || roles.contains(Role.ANALYST);
    }
}
