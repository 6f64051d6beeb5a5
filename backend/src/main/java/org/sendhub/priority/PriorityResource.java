package org.sendhub.priority;

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
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.AreaRecordResource;
import org.sendhub.link.LinkEdits;
import org.sendhub.link.LinkEdits.CoproductionIds;
import org.sendhub.link.LinkEdits.ServiceIds;
import org.sendhub.priority.PriorityDto.PriorityInput;
import org.sendhub.priority.PriorityDto.PriorityView;

@Path("/api/v1/areas/{areaCode}/priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriorityResource extends AreaRecordResource<PriorityInput, PriorityView> {

    @Inject
    PriorityService service;

    @Inject
    MeasureProgress progress;

    @Inject
    LinkEdits linkEdits;

    @Override
    protected PriorityService records() {
        return service;
    }

    @Override
    protected String collection() {
        return "priorities";
    }

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

    @GET
    @Path("/{id}/measures")
    public java.util.Map<String, java.util.List<MeasureProgress.Progress>> measures(@PathParam("id") String id) {
        access.checkRead(areaCode);
        return java.util.Map.of("items", progress.of(service.view(areaCode, Uuids.parse(id, "id"))));
    }

    /** The services that deliver the priority become these; each service keeps its links. */
    @PUT
    @Path("/{id}/services")
    public Response linkServices(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ServiceIds input) {
        return relinked(id, ifMatch, priorityId -> linkEdits.servicesOfPriority(areaCode, priorityId, input, actor()));
    }

    /** The co-production records that shaped the priority become these; each record keeps its links. */
    @PUT
    @Path("/{id}/coproduction")
    public Response linkCoproduction(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CoproductionIds input) {
        return relinked(id, ifMatch,
                priorityId -> linkEdits.coproductionOf(areaCode, "priorityIds", priorityId, input, actor()));
    }
}
