package org.sendhub.common.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation of the API needs a valid token, checked before the operation runs and so
 * before anything is looked up: an unknown record answers 401, not 404, to a caller with none.
 */
public class SignedInFilter {

    @Inject
    Access access;

    @ServerRequestFilter
    public void requireSignIn(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            access.requireSignedIn();
        }
    }
}
