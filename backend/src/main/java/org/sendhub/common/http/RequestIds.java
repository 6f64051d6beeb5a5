package org.sendhub.common.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request has an id, returned in {@code X-Request-Id} on every response (errors too) and
 * written with every log line of the request ({@code requestId}), so that a user's report, a
 * proxy's log and ours can be matched. A caller's or proxy's own id is kept if it is a sane
 * token; anything else (too long, control characters, spaces, quotes) is replaced by a new one,
 * so that nothing a caller sends reaches the logs or the headers unchecked.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key in the log's MDC: JSON logs carry it under "mdc", plain logs print it. */
    public static final String LOG_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:=+/-]{1,128}$");

    void register(@Observes Router router) {
        // First of all, so that even a request refused by RequestGuard answers with its id.
        router.route().order(RequestGuard.ORDER - 2).handler(ctx -> {
            addTo(ctx);
            ctx.next();
        });
    }

    /** Also called for failures raised before any route ran (e.g. a path that cannot be decoded). */
    void addTo(RoutingContext ctx) {
        if (ctx.get(LOG_KEY) != null) {
            return;
        }
        String id = accepted(ctx.request().getHeader(HEADER));
        ctx.put(LOG_KEY, id);
        // Quarkus keeps the MDC in the request's own Vert.x context: it follows the request to the
        // worker thread that runs a resource, and goes with it.
        MDC.put(LOG_KEY, id);
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(HEADER, id));
    }

    /** The caller's id if it is sane, else a new one. */
    static String accepted(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
