package org.sendhub.priority;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.sendhub.common.etag.ETags;
import org.sendhub.common.etag.RecordResponses;
import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.security.AreaAccess;
import org.sendhub.priority.PriorityDto.PriorityInput;
import org.sendhub.priority.PriorityDto.PriorityView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/areas/{areaCode}/priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PriorityResource {

    @Inject
    AreaAccess access;

    @Inject
    PriorityService service;

    @Inject
    MeasureProgress progress;

    @PathParam("areaCode")
    String areaCode;

    @GET
    public Page<PriorityView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("includeArchived") String includeArchived,
            @QueryParam("sort") String sort, @QueryParam("status") String status,
            @QueryParam("strategyId") String strategyId) {
        access.checkRead(areaCode);
        return service.list(areaCode, q, ApiEnums.parseParameter(RagStatus.class, status, "status"),
                Uuids.parse(strategyId, "strategyId"), ListFilters.flag(includeArchived, "includeArchived"), sort,
                PageRequest.of(page, size));
    }

    @POST
    public Response create(PriorityInput input) {
        access.checkWrite(areaCode);
        var created = service.create(areaCode, input, access.caller().username());
        return RecordResponses.created("/api/v1/areas/" + areaCode + "/priorities/" + created.id(), created,
                created.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        access.checkRead(areaCode);
        var priority = service.get(areaCode, Uuids.parse(id, "id"));
        return RecordResponses.ok(priority, priority.version());
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PriorityInput input) {
        access.checkWrite(areaCode);
        var updated = service.update(areaCode, Uuids.parse(id, "id"), ETags.requiredVersion(ifMatch), input,
                access.caller().username());
        return RecordResponses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    public Response archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.checkWrite(areaCode);
        var archived = service.archive(areaCode, Uuids.parse(id, "id"), ETags.requiredVersion(ifMatch),
                access.caller().username());
        return RecordResponses.ok(archived, archived.version());
    }

    @GET
    @Path("/{id}/measures")
    public java.util.Map<String, java.util.List<MeasureProgress.Progress>> measures(@PathParam("id") String id) {
        access.checkRead(areaCode);
        return java.util.Map.of("items", progress.of(service.get(areaCode, Uuids.parse(id, "id"))));
    }

    @POST
    @Path("/{id}/restore")
    public Response restore(@PathParam("id") String id) {
        access.checkWrite(areaCode);
        var restored = service.restore(areaCode, Uuids.parse(id, "id"), access.caller().username());
        return RecordResponses.ok(restored, restored.version());
    }
}
