package org.sendhub.coproduction;

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
import org.sendhub.coproduction.CoproductionDto.CoproductionInput;
import org.sendhub.coproduction.CoproductionDto.CoproductionView;

@Path("/api/v1/areas/{areaCode}/coproduction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoproductionResource extends AreaRecordResource<CoproductionInput, CoproductionView> {

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
}
