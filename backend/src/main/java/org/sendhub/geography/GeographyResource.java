package org.sendhub.geography;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.geography.GeographyDto.PlaceSummary;
import org.sendhub.geography.GeographyDto.PlaceView;

/** England's geography: readable by every signed-in user (the sign-in filter sees to that). */
@Path("/api/v1/geography")
@Produces(MediaType.APPLICATION_JSON)
public class GeographyResource {

    @Inject
    Geography geography;

    @GET
    public Page<PlaceSummary> list(@QueryParam("level") String level, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return geography.list(ApiEnums.parseParameter(PlaceLevel.class, level, "level"), q, sort,
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}")
    public PlaceView get(@PathParam("code") String code) {
        return geography.get(code);
    }
}
