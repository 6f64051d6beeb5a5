package org.sendhub.common.security;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens already verified, kept until they expire: a client sends the same token with
 * every request for minutes, and checking its RSA signature again each time was a fifth of an
 * authenticated read's work. Only a token the OIDC provider verified is kept (this augments its
 * identity), keyed by the whole token, so a token changed by one character is verified afresh;
 * a token past its expiry is never answered from here. Signatures are checked locally either
 * way, so a token Keycloak revoked is refused by neither before it expires.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    /** Enough for every signed-in user of a large deployment; beyond it, the expired go first. */
    static final int MAX_TOKENS = 10_000;

    private record Verified(SecurityIdentity identity, long expiresAtSecond) {
    }

    /** Where an identity keeps the request it was verified on (Quarkus' name, and OIDC's). */
    private static final Set<String> ROUTING_CONTEXT_KEYS = Set.of(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE,
            RoutingContext.class.getName());

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before the OIDC provider: the identity of a token verified before, or nothing. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        var found = verified.get(request.getToken().getToken());
        if (found == null || found.expiresAtSecond() <= nowSecond()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(forRequest(found.identity(), HttpSecurityUtils.getRoutingContextAttribute(request)));
    }

    /**
     * The identity with {@code request} as its routing context: a request's own when answering it,
     * none when kept (the request it was verified on is over).
     */
    private static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext request) {
        var builder = QuarkusSecurityIdentity.builder(identity);
        identity.getAttributes().forEach((name, value) -> {
            if (value instanceof RoutingContext || ROUTING_CONTEXT_KEYS.contains(name)) {
                builder.addAttribute(name, request);
            }
        });
        return builder.build();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        var token = identity.getCredential(TokenCredential.class);
        if (token != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                && !verified.containsKey(token.getToken())) {
            keep(token.getToken(), forRequest(identity, null), jwt.getExpirationTime());
        }
        return Uni.createFrom().item(identity);
    }

    private void keep(String token, SecurityIdentity identity, long expiresAtSecond) {
        if (verified.size() >= MAX_TOKENS) {
            long now = nowSecond();
            verified.values().removeIf(entry -> entry.expiresAtSecond() <= now);
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(identity, expiresAtSecond));
    }

    private static long nowSecond() {
        return System.currentTimeMillis() / 1000;
    }
}
