package org.sendhub.insight;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;


/** The SEND Board's view of an area: read models over the records and the indicators. */
@Path("/api/v1/areas/{areaCode}")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {

    @Inject
    Access access;

    @Inject
    DashboardService dashboards;

    @Inject
    TraceService traces;

    @Inject
    GapAnalysis gaps;

    @Inject
    BoardReport reports;

    @PathParam("areaCode")
    String areaCode;

    @GET
    @Path("/dashboard")
    public Dashboard dashboard(@QueryParam("asOf") String asOf, @QueryParam("since") String since) {
        access.checkRead(areaCode);
        LocalDate day = day(asOf, "asOf");
        return dashboards.dashboard(areaCode, day, since(since, day));
    }

    @GET
    @Path("/priorities/{id}/trace")
    public Trace priorityTrace(@PathParam("id") String id) {
        access.checkRead(areaCode);
        return traces.ofPriority(areaCode, Uuids.parse(id, "id"));
    }

    @GET
    @Path("/outcomes/{id}/trace")
    public Trace outcomeTrace(@PathParam("id") String id) {
        access.checkRead(areaCode);
        return traces.ofOutcome(areaCode, Uuids.parse(id, "id"));
    }

    @GET
    @Path("/services/{id}/trace")
    public Trace serviceTrace(@PathParam("id") String id) {
        access.checkRead(areaCode);
        return traces.ofService(areaCode, Uuids.parse(id, "id"));
    }

    @GET
    @Path("/broken-chains")
    public Trace.Gaps brokenChains() {
        access.checkRead(areaCode);
        return traces.gaps(areaCode);
    }

    @GET
    @Path("/gap-analysis")
    public GapAnalysis.Result gapAnalysis(@QueryParam("prevalence") String prevalence,
            @QueryParam("growth") String growth) {
        access.checkRead(areaCode);
        return gaps.analyse(areaCode, prevalence, growth);
    }

    @GET
    @Path("/board-report")
    public BoardReport.Report boardReport(@QueryParam("date") String date, @QueryParam("since") String since) {
        access.checkRead(areaCode);
        LocalDate day = day(date, "date");
        return reports.report(areaCode, day, since(since, day));
    }

    private static LocalDate day(String value, String parameter) {
        LocalDate day = ListFilters.date(value, parameter);
        return day == null ? LocalDate.now() : day;
    }

    /** The comparison day: three months back unless named (a board usually meets quarterly). */
    private static LocalDate since(String value, LocalDate day) {
        LocalDate since = ListFilters.date(value, "since");
        if (since == null) {
            return day.minusMonths(3);
        }
        if (since.isAfter(day)) {
            throw ProblemException.badParameter("since", "must not be after the report's day");
        }
        return since;
    }
}
