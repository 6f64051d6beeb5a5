package org.sendhub.localoffer;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sendhub.area.Area;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The feed's own OpenAPI document, served at its {@code openapi_url}: Open Referral UK 3.0's,
 * adapted (resources/localoffer/openapi.json: SEND Hub's description, no locations endpoints),
 * with the area's feed as its server.
 */
@ApplicationScoped
public class FeedOpenApi {

    @Inject
    ObjectMapper json;

    private ObjectNode document;

    @PostConstruct
    void load() {
        try (InputStream in = FeedOpenApi.class.getResourceAsStream("/localoffer/openapi.json")) {
            document = (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("The feed's OpenAPI document is part of the build", e);
        }
    }

    public ObjectNode forArea(Area area, String feedUrl) {
        ObjectNode copy = document.deepCopy();
        ((ObjectNode) copy.get("info")).put("title", "SEND Hub Local Offer feed of " + area.name
                + " (Open Referral UK)");
        copy.putArray("servers").addObject().put("url", feedUrl).put("description", "The Local Offer feed of "
                + area.name);
        return copy;
    }
}
