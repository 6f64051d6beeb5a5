package org.sendhub.common.http;

import org.sendhub.common.problem.Problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem+json written straight to the HTTP response, for requests refused before they reach
 * a resource (and so before the JAX-RS exception mappers could answer).
 */
final class HttpProblems {

    private HttpProblems() {
    }

    static void send(RoutingContext ctx, int status, String title, String detail) {
        send(ctx, status, title, detail, null);
    }

    static void send(RoutingContext ctx, int status, String title, String detail, Integer retryAfterSeconds) {
        var response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        var body = new JsonObject()
                .put("type", "/problems/http-" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        String instance = safePath(ctx);
        if (instance != null) {
            body.put("instance", instance);
        }
        response.setStatusCode(status);
        response.headers().set("Content-Type", Problem.MEDIA_TYPE);
        if (retryAfterSeconds != null) {
            response.headers().set("Retry-After", String.valueOf(retryAfterSeconds));
        }
        if (!ctx.request().isEnded()) {
            // The rest of the request is not read: the connection cannot carry another one.
            response.headers().set("Connection", "close");
        }
        response.end(body.encode());
    }

    /** The path as sent, if it is short and printable; else nothing (it is echoed to the caller). */
    private static String safePath(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null || path.length() > 512 || !path.chars().allMatch(c -> c > ' ' && c < 127)) {
            return null;
        }
        return path;
    }
}
