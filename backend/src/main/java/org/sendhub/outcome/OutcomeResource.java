package org.sendhub.outcome;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
public class OutcomeResource extends AreaRecordResource<OutcomeInput, OutcomeView> {

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
}
