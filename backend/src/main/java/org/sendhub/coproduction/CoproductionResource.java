package org.sendhub.coproduction;

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
import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.record.AreaRecordResource;
import org.sendhub.coproduction.CoproductionDto.CoproductionInput;
import org.sendhub.coproduction.CoproductionDto.CoproductionView;


@Path("/api/v1/areas/{areaCode}/coproduction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoproductionResource extends AreaRecordResource<CoproductionView> {

    @Inject
    CoproductionService service;

    @Override
    protected CoproductionService records() {
        return service;
    }

    @Override
    protected String collection() {
        return "coproduction";
    }

    @GET
    public Page<CoproductionView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("includeArchived") String includeArchived,
            @QueryParam("sort") String sort, @QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("principle") String principle, @QueryParam("loopOpen") String loopOpen) {
        access.checkRead(areaCode);
        var filters = new CoproductionService.Filters(q,
                ApiEnums.parseParameter(CoproductionKind.class, kind, "kind"),
                ApiEnums.parseParameter(CoproductionStatus.class, status, "status"),
                ListFilters.date(from, "from"), ListFilters.date(to, "to"),
                ApiEnums.parseParameter(LundyPrinciple.class, principle, "principle"),
                loopOpen == null || loopOpen.isBlank() ? null : ListFilters.flag(loopOpen, "loopOpen"),
                ListFilters.flag(includeArchived, "includeArchived"));
        return service.list(areaCode, filters, sort, PageRequest.of(page, size));
    }

    @POST
    public Response create(CoproductionInput input) {
        access.checkWrite(areaCode);
        return created(service.create(areaCode, input, actor()));
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CoproductionInput input) {
        access.checkWrite(areaCode);
        return ok(service.update(areaCode, Uuids.parse(id, "id"), ETags.requiredVersion(ifMatch), input, actor()));
    }
}
