package org.sendhub.common.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The indicator import and the CSV export are the two heavy operations: each client may start
 * a configured number of each per window ({@code sendhub.http.rate-limit.*}); more is a 429 with
 * Retry-After, before the body is read. The public Local Offer feed, open to anyone without a
 * token, has a bucket of its own. A client is the token's subject (the signature is
 * checked later: a forged token only spends its own allowance and is then refused), or the
 * address for requests without one.
 */
public class RateLimits {

    private static final String VALUES_PATH = "/api/v1/indicator-values";
    private static final Pattern PROFILE_PATH = Pattern.compile("^/api/v1/geography/[^/]+/profile$");
    private static final String FEED_PATHS = "/openreferral/";

    @Inject
    HttpConfig config;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        long start;
        int used;
    }

    void register(@Observes Router router) {
        router.route().order(RequestGuard.ORDER + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        var limits = config.rateLimit();
        if (!limits.enabled()) {
            ctx.next();
            return;
        }
        String kind;
        String verb = "start";
        int allowed;
        if (ctx.request().method() == HttpMethod.POST && RequestGuard.isImport(ctx.normalizedPath())) {
            kind = "import";
            allowed = limits.imports();
        } else if (ctx.request().method() == HttpMethod.GET && isCsvExport(ctx.normalizedPath()) && wantsCsv(ctx)) {
            kind = "export";
            allowed = limits.exports();
        } else if (ctx.normalizedPath().startsWith(FEED_PATHS) && ctx.request().method() != HttpMethod.OPTIONS) {
            kind = "Local Offer feed request";
            verb = "make";
            allowed = limits.feedRequests();
        } else {
            ctx.next();
            return;
        }
        long now = System.currentTimeMillis();
        long windowMillis = limits.window().toMillis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> now - w.start >= windowMillis);
        }
        var window = windows.computeIfAbsent(kind + " " + client(ctx), k -> new Window());
        int retryAfter;
        synchronized (window) {
            if (now - window.start >= windowMillis) {
                window.start = now;
                window.used = 0;
            }
            if (window.used < allowed) {
                window.used++;
                retryAfter = 0;
            } else {
                retryAfter = (int) Math.max(1, (window.start + windowMillis - now + 999) / 1000);
            }
        }
        if (retryAfter == 0) {
            ctx.next();
            return;
        }
        HttpProblems.send(ctx, 429, "Too many requests", "You may " + verb + " " + allowed + " " + kind
                + (allowed == 1 ? "" : "s") + " every " + limits.window().toSeconds() + " seconds; try again in "
                + retryAfter + " seconds.", retryAfter);
    }

    /** The indicator values and a place's profile stream whole CSV files. */
    private static boolean isCsvExport(String path) {
        return VALUES_PATH.equals(path) || PROFILE_PATH.matcher(path).matches();
    }

    private static boolean wantsCsv(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        if (format != null && !format.isBlank()) {
            return "csv".equalsIgnoreCase(format.trim()) || "fingertips".equalsIgnoreCase(format.trim());
        }
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.toLowerCase().contains("text/csv");
    }

    /** The token's subject (unverified: only a key for counting), else the caller's address. */
    private static String client(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String[] parts = authorization.substring(7).trim().split("\\.");
            if (parts.length == 3) {
                try {
                    var claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]),
                            StandardCharsets.UTF_8));
                    String subject = claims.getString("sub", claims.getString("preferred_username"));
                    if (subject != null) {
                        return "token:" + claims.getString("iss", "") + "|" + subject;
                    }
                } catch (RuntimeException unreadable) {
                    // not a JWT we can read: counted by address; authentication will refuse it
                }
            }
        }
        return "address:" + ctx.request().remoteAddress().host();
    }
}
