package org.sendhub.common.http;

import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.sendhub.SendHubConfig;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers every response carries, whoever wrote it (the API, the web app's files, an
 * error): a Content-Security-Policy without inline scripts that only lets the page talk to
 * this server and Keycloak, no framing, no sniffing, no referrer across sites, no powerful
 * browser features; HSTS over TLS. And caching: index.html is checked every time, the web app's
 * hashed files never change, API answers are not stored.
 */
public class SecurityHeaders {

    /** Vite names built files name-HASH.ext under /assets/. */
    private static final Pattern HASHED_ASSET = Pattern.compile("^/assets/.+-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+$");

    @Inject
    HttpConfig config;

    @Inject
    SendHubConfig sendHub;

    private String contentSecurityPolicy;

    void register(@Observes Router router) {
        String keycloak = origin(sendHub.web().keycloakUrl());
        contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self' " + keycloak + ";"
                + " frame-src " + keycloak + "; form-action 'self' " + keycloak + "; base-uri 'self';"
                + " object-src 'none'; frame-ancestors 'none'";
        router.route().order(RequestGuard.ORDER - 1).handler(this::onEveryResponse);
    }

    private void onEveryResponse(RoutingContext ctx) {
        addTo(ctx);
        ctx.next();
    }

    /** Also called for failures raised before any route ran (e.g. a path that cannot be decoded). */
    void addTo(RoutingContext ctx) {
        if (ctx.get(SecurityHeaders.class.getName()) != null) {
            return;
        }
        ctx.put(SecurityHeaders.class.getName(), Boolean.TRUE);
        String path = ctx.request().path() == null ? "" : ctx.request().path();
        boolean tls = "https".equalsIgnoreCase(ctx.request().scheme());
        ctx.addHeadersEndHandler(ignored -> {
            var headers = ctx.response().headers();
            if (path.startsWith("/q/swagger-ui")) {
                // Swagger UI's page starts itself with an inline script: only there, and never framed.
                headers.set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline';"
                        + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
            } else {
                headers.set("Content-Security-Policy", contentSecurityPolicy);
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
                    + " interest-cohort=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (tls && config.hsts().enabled()) {
                headers.set("Strict-Transport-Security", config.hsts().value());
            }
            caching(path, headers);
        });
    }

    private static void caching(String path, io.vertx.core.MultiMap headers) {
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (path.startsWith("/api/") || path.equals("/config.json")) {
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        } else if (HASHED_ASSET.matcher(path).matches()) {
            headers.set(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        } else if (type != null && type.startsWith("text/html")) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
    }

    /** scheme://host[:port] of a URL, as CSP names a source. */
    static String origin(String url) {
        var uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
