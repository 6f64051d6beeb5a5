package org.sendhub.indicator.values;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;
import org.sendhub.indicator.catalogue.IndicatorCatalogue;

/** An indicator's series for an area: change, direction by polarity, and a comparison. */
@Path("/api/v1/indicators/{code}/trend")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorTrendResource {

    @Inject
    Access access;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    IndicatorTrends trends;

    @GET
    public IndicatorTrends.Trend trend(@PathParam("code") String code, @QueryParam("area") String area,
            @QueryParam("compareTo") String compareTo, @QueryParam("breakdown") String breakdown,
            @QueryParam("category") String category, @QueryParam("from") String from, @QueryParam("to") String to) {
        if (area == null || area.isBlank()) {
            throw ProblemException.badParameter("area", "is required: the area whose trend to show");
        }
        var indicator = catalogue.find(code);
        access.checkIndicatorValuesOf(indicator.published, area);
        String comparator = compareTo == null || compareTo.isBlank() ? null : compareTo;
        if (comparator != null) {
            access.checkIndicatorValuesOf(indicator.published, comparator);
        }
        return trends.trend(indicator, area, comparator, orTotal(breakdown), orTotal(category),
                IndicatorValueQuery.periodBound(from, "from", true), IndicatorValueQuery.periodBound(to, "to", false));
    }

    private static String orTotal(String label) {
        return label == null || label.isBlank() ? "total" : label;
    }
}
