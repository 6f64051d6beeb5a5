package org.sendhub.web;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The web app routes in the browser: a deep link such as /areas/E08000003 must load
 * index.html. Paths of the API, of the public Local Offer feed (/openreferral), of Quarkus (/q)
 * and of files (with a dot) are left alone, so that an unknown one is a 404, not the web app.
 */
public class SinglePageAppRoutes {

    private static final String APP_PATHS = "^/(?!api/|api$|openreferral/|openreferral$|q/|q$)[^.]*$";

    void register(@Observes Router router) {
        router.getWithRegex(APP_PATHS).handler(ctx -> {
            if (ctx.normalizedPath().equals("/")) {
                ctx.next();
            } else {
                ctx.reroute("/");
            }
        });
    }
}
