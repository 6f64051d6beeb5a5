package org.sendhub.indicator.catalogue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.security.Access;

/** The catalogue for a picker of an area's measures and outcome indicators. */
@Path("/api/v1/areas/{areaCode}/indicator-choices")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorChoiceResource {

    @Inject
    Access access;

    @Inject
    IndicatorChoices choices;

    @GET
    public Map<String, List<IndicatorChoices.Choice>> list(@PathParam("areaCode") String areaCode) {
        access.checkRead(areaCode);
        return Map.of("items", choices.forArea(areaCode));
    }
}
