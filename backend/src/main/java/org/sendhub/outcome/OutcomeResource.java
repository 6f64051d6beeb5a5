package org.sendhub.outcome;

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

import org.sendhub.common.etag.ETags;
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.AreaRecordResource;
import org.sendhub.outcome.OutcomeDto.OutcomeInput;
import org.sendhub.outcome.OutcomeDto.OutcomeView;


@Path("/api/v1/areas/{areaCode}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource extends AreaRecordResource<OutcomeView> {

    @Inject
    OutcomeService service;

    @Override
    protected OutcomeService records() {
        return service;
    }

    @Override
    protected String collection() {
        return "outcomes";
    }

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
        return created(service.create(areaCode, input, actor()));
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            OutcomeInput input) {
        access.checkWrite(areaCode);
        return ok(service.update(areaCode, Uuids.parse(id, "id"), ETags.requiredVersion(ifMatch), input, actor()));
    }
}
