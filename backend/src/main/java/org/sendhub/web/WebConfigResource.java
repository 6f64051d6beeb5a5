package org.sendhub.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.SendHubConfig;

/** Tells the web app where to sign in, so that one build serves every deployment. */
@Path("/config.json")
public class WebConfigResource {

    public record WebConfig(String keycloakUrl, String realm, String clientId) {
    }

    @Inject
    SendHubConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public WebConfig get() {
        var web = config.web();
        return new WebConfig(web.keycloakUrl(), web.realm(), web.clientId());
    }
}
