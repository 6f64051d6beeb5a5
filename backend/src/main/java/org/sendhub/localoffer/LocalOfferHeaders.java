package org.sendhub.localoffer;

import jakarta.enterprise.event.Observes;

import org.sendhub.common.http.RequestGuard;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The feed is read by directories from anywhere, browsers included: every answer of it (errors
 * and 429s too) allows any origin, and a preflight is answered here. Only the feed: the API and
 * the web app send no CORS headers, so no other site's page can read them.
 */
public class LocalOfferHeaders {

    static final String FEED_PATHS = "/openreferral/";

    void register(@Observes Router router) {
        // Before the request guard, so that its refusals carry the headers too.
        router.route().order(RequestGuard.ORDER - 1).handler(this::onFeedResponses);
        // After the guard and the rate limit: a preflight is cheap, but still a request.
        router.route().order(RequestGuard.ORDER + 2).handler(this::preflight);
    }

    private void onFeedResponses(RoutingContext ctx) {
        if (isFeed(ctx)) {
            ctx.addHeadersEndHandler(ignored -> {
                var headers = ctx.response().headers();
                headers.set("Access-Control-Allow-Origin", "*");
                headers.set("Access-Control-Expose-Headers", "ETag, Retry-After");
                if (!headers.contains("Cache-Control")) {
                    // Errors are not kept: the next request may well succeed.
                    headers.set("Cache-Control", "no-store");
                }
            });
        }
        ctx.next();
    }

    private void preflight(RoutingContext ctx) {
        if (isFeed(ctx) && ctx.request().method() == HttpMethod.OPTIONS) {
            ctx.response().setStatusCode(204).putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since")
                    .putHeader("Access-Control-Max-Age", "86400").putHeader("Allow", "GET, HEAD, OPTIONS").end();
            return;
        }
        ctx.next();
    }

    private static boolean isFeed(RoutingContext ctx) {
        String path = ctx.request().path();
        return path != null && path.startsWith(FEED_PATHS);
    }
}
