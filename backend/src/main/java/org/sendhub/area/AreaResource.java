package org.sendhub.area;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sendhub.area.AreaDto.AreaInput;
import org.sendhub.area.AreaDto.AreaView;
import org.sendhub.common.etag.ETags;
import org.sendhub.common.etag.RecordResponses;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.security.Access;


@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    Access access;

    @Inject
    AreaService service;

    @GET
    public Page<AreaView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("sort") String sort) {
        return service.list(access.areasListed(), q, sort, PageRequest.of(page, size));
    }

    @POST
    public Response create(AreaInput input) {
        access.checkAdmin("manage areas");
        var created = service.create(input, access.caller().username());
        return RecordResponses.created("/api/v1/areas/" + created.code(), created, created.version());
    }

    @GET
    @Path("/{areaCode}")
    public Response get(@PathParam("areaCode") String areaCode) {
        access.checkRead(areaCode);
        var area = service.get(areaCode);
        return RecordResponses.ok(area, area.version());
    }

    @PUT
    @Path("/{areaCode}")
    public Response update(@PathParam("areaCode") String areaCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AreaInput input) {
        access.checkRead(areaCode);
        access.checkAdmin("manage areas");
        var updated = service.update(areaCode, ETags.requiredVersion(ifMatch), input, access.caller().username());
        return RecordResponses.ok(updated, updated.version());
    }
}
