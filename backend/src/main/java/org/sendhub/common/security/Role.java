package org.sendhub.common.security;

/** Keycloak realm roles. */
public final class Role {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
