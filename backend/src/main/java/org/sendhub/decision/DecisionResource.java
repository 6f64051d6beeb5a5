package org.sendhub.decision;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.record.AreaRecordResource;
import org.sendhub.decision.DecisionDto.DecisionInput;
import org.sendhub.decision.DecisionDto.DecisionView;

@Path("/api/v1/areas/{areaCode}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource extends AreaRecordResource<DecisionInput, DecisionView> {

    @Inject
    DecisionLog log;

    @Override
    protected DecisionLog records() {
        return log;
    }

    @Override
    protected String collection() {
        return "decisions";
    }

    @GET
    public Page<DecisionView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("includeArchived") String includeArchived,
            @QueryParam("sort") String sort, @QueryParam("serviceId") String serviceId,
            @QueryParam("decision") String decision, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("indicator") String indicator) {
        access.checkRead(areaCode);
        if (indicator != null && !indicator.isBlank() && !indicator.matches("[a-z0-9_]{1,64}")) {
            throw ProblemException.badParameter("indicator", "must be an indicator code");
        }
        var filters = new DecisionLog.Filters(q, Uuids.parse(serviceId, "serviceId"),
                ApiEnums.parseParameter(DecisionKind.class, decision, "decision"),
                ListFilters.date(from, "from"), ListFilters.date(to, "to"),
                indicator == null || indicator.isBlank() ? null : indicator,
                ListFilters.flag(includeArchived, "includeArchived"));
        return log.list(areaCode, filters, sort, PageRequest.of(page, size));
    }
}
