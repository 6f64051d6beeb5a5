package org.sendhub.common.http;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Metrics and health are for the internal network: the Prometheus that scrapes each replica and
 * the kubelet's probes call it directly. A request that came through a proxy (the Ingress, a
 * reverse proxy: they add Forwarded or X-Forwarded-For, which a caller cannot take away) is
 * from outside, and finds nothing there. Without a proxy in front, the port itself must be kept
 * internal (README "Operations").
 */
public class InternalEndpoints {

    private static final String[] INTERNAL_PATHS = { "/q/metrics", "/q/health" };
    private static final String[] PROXY_HEADERS = { "Forwarded", "X-Forwarded-For", "X-Real-IP" };

    void register(@Observes Router router) {
        router.route().order(RequestGuard.ORDER + 2).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (isInternal(ctx.normalizedPath()) && cameThroughProxy(ctx)) {
            HttpProblems.send(ctx, 404, "Not found", "There is nothing at this address.");
            return;
        }
        ctx.next();
    }

    static boolean isInternal(String path) {
        for (String internal : INTERNAL_PATHS) {
            if (path.equals(internal) || path.startsWith(internal + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean cameThroughProxy(RoutingContext ctx) {
        for (String header : PROXY_HEADERS) {
            if (ctx.request().headers().contains(header)) {
                return true;
            }
        }
        return false;
    }
}
