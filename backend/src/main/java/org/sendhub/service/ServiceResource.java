package org.sendhub.service;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.AreaRecordResource;
import org.sendhub.link.LinkEdits;
import org.sendhub.link.LinkEdits.CoproductionIds;
import org.sendhub.service.ServiceDto.ServiceInput;
import org.sendhub.service.ServiceDto.ServiceView;

@Path("/api/v1/areas/{areaCode}/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceResource extends AreaRecordResource<ServiceInput, ServiceView> {

    @Inject
    ServiceRegister service;

    @Inject
    LinkEdits linkEdits;

    @Override
    protected ServiceRegister records() {
        return service;
    }

    @Override
    protected String collection() {
        return "services";
    }

    @GET
    public ServiceRegister.ServicePage list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("includeArchived") String includeArchived,
            @QueryParam("sort") String sort, @QueryParam("status") String status, @QueryParam("stage") String stage,
            @QueryParam("tier") String tier, @QueryParam("need") String need, @QueryParam("sector") String sector,
            @QueryParam("fundingModel") String fundingModel, @QueryParam("provider") String provider,
            @QueryParam("contractEndsBefore") String contractEndsBefore,
            @QueryParam("reviewDueBefore") String reviewDueBefore, @QueryParam("due") String due) {
        access.checkRead(areaCode);
        var filters = new ServiceRegister.Filters(q,
                ApiEnums.parseParameter(ServiceStatus.class, status, "status"),
                ApiEnums.parseParameter(CommissioningStage.class, stage, "stage"),
                ApiEnums.parseParameter(ServiceTier.class, tier, "tier"),
                ApiEnums.parseParameter(PrimaryNeed.class, need, "need"),
                ApiEnums.parseParameter(Sector.class, sector, "sector"),
                ApiEnums.parseParameter(FundingModel.class, fundingModel, "fundingModel"),
                provider,
                ListFilters.date(contractEndsBefore, "contractEndsBefore"),
                ListFilters.date(reviewDueBefore, "reviewDueBefore"),
                ApiEnums.parseParameter(Deadline.class, due, "due"),
                ListFilters.flag(includeArchived, "includeArchived"));
        return service.list(areaCode, filters, sort, PageRequest.of(page, size));
    }

    /** The co-production records that shaped the service become these; each record keeps its links. */
    @PUT
    @Path("/{id}/coproduction")
    public Response linkCoproduction(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CoproductionIds input) {
        return relinked(id, ifMatch,
                serviceId -> linkEdits.coproductionOf(areaCode, "serviceIds", serviceId, input, actor()));
    }
}
