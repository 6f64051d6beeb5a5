package org.sendhub.outcome;

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
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.security.AreaAccess;
import org.sendhub.outcome.OutcomeDto.OutcomeInput;
import org.sendhub.outcome.OutcomeDto.OutcomeView;

import io.quarkus.security.Authenticated;

@Path("/api/v1/areas/{areaCode}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class OutcomeResource {

    @Inject
    AreaAccess access;

    @Inject
    OutcomeService service;

    @PathParam("areaCode")
    String areaCode;

    @GET
    public Page<OutcomeView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("includeArchived") String includeArchived,
            @QueryParam("sort") String sort, @QueryParam("strategyId") String strategyId) {
        access.checkRead(areaCode);
        return service.list(areaCode, q, Uuids.parse(strategyId, "strategyId"),
                ListFilters.flag(includeArchived, "includeArchived"), sort, PageRequest.of(page, size));
    }

    @POST
    public Response create(OutcomeInput input) {
        access.checkWrite(areaCode);
        var created = service.create(areaCode, input, access.caller().username());
        return RecordResponses.created("/api/v1/areas/" + areaCode + "/outcomes/" + created.id(), created,
                created.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        access.checkRead(areaCode);
        var outcome = service.get(areaCode, Uuids.parse(id, "id"));
        return RecordResponses.ok(outcome, outcome.version());
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            OutcomeInput input) {
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

    @POST
    @Path("/{id}/restore")
    public Response restore(@PathParam("id") String id) {
        access.checkWrite(areaCode);
        var restored = service.restore(areaCode, Uuids.parse(id, "id"), access.caller().username());
        return RecordResponses.ok(restored, restored.version());
    }
}
