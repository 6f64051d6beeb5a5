package org.sendhub.strategy;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.AreaRecordResource;
import org.sendhub.strategy.StrategyDto.StrategyInput;
import org.sendhub.strategy.StrategyDto.StrategyView;

@Path("/api/v1/areas/{areaCode}/strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategyResource extends AreaRecordResource<StrategyInput, StrategyView> {

    @Inject
    StrategyService service;

    @Override
    protected StrategyService records() {
        return service;
    }

    @Override
    protected String collection() {
        return "strategies";
    }

    @GET
    public Page<StrategyView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("includeArchived") String includeArchived,
            @QueryParam("sort") String sort, @QueryParam("status") String status) {
        access.checkRead(areaCode);
        return service.list(areaCode, q, ApiEnums.parseParameter(StrategyStatus.class, status, "status"),
                ListFilters.flag(includeArchived, "includeArchived"), sort, PageRequest.of(page, size));
    }
}
