package org.sendhub.forecast;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.problem.FieldError;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;
import org.sendhub.forecast.ForecastDto.Forecast;
import org.sendhub.geography.Geography;
import org.sendhub.indicator.benchmark.SeriesKey;
import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.catalogue.IndicatorRepository;
import org.sendhub.indicator.catalogue.IndicatorUnit;

/** An indicator's series for a place, projected up to five years ahead with prediction intervals. */
@Path("/api/v1/geography/{code}/forecast")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {

    /** Beyond five years the intervals say little more than that no one knows. */
    public static final int MAX_HORIZON = 5;

    @Inject
    Access access;

    @Inject
    Geography geography;

    @Inject
    IndicatorRepository indicators;

    @Inject
    Forecasts forecasts;

    @GET
    public Forecast forecast(@PathParam("code") String code, @QueryParam("indicator") String indicatorCode,
            @QueryParam("breakdown") String breakdown, @QueryParam("horizon") String horizon) {
        int years = horizon(horizon);
        var indicator = forecastable(indicatorCode);
        String dimension = breakdown(indicator, breakdown);
        var place = geography.get(code);
        access.checkIndicatorValuesOf(indicator.published, place.code());
        return forecasts.forecast(indicator, place, dimension, years);
    }

    /** Years ahead: 1 to {@link #MAX_HORIZON}, 5 unless named. */
    public static int horizon(String value) {
        if (value == null || value.isBlank()) {
            return MAX_HORIZON;
        }
        try {
            int years = Integer.parseInt(value.trim());
            if (years >= 1 && years <= MAX_HORIZON) {
                return years;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.badParameter("horizon", "must be a whole number of years from 1 to " + MAX_HORIZON);
    }

    /** An indicator of the catalogue whose values are counts: what the method projects. */
    private Indicator forecastable(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badParameter("indicator", "is required: the code of the indicator to forecast");
        }
        Indicator indicator = indicators.findById(code.trim());
        if (indicator == null) {
            throw ProblemException.badParameter("indicator", "names no indicator of the catalogue");
        }
        if (indicator.unit != IndicatorUnit.COUNT) {
            throw ProblemException.unprocessable(List.of(new FieldError("indicator", "is a "
                    + ApiEnums.apiName(indicator.unit) + ", not a count: forecasts are of counts (such as the number"
                    + " of EHC plans), whose categories add up to their total")));
        }
        return indicator;
    }

    private static String breakdown(Indicator indicator, String breakdown) {
        if (breakdown == null || breakdown.isBlank() || breakdown.trim().equals(SeriesKey.TOTAL)) {
            return SeriesKey.TOTAL;
        }
        if (!indicator.breakdowns.contains(breakdown.trim())) {
            throw ProblemException.badParameter("breakdown", "is not a breakdown of " + indicator.code
                    + (indicator.breakdowns.isEmpty() ? ", which has only its total"
                            : "; it has " + String.join(", ", indicator.breakdowns)));
        }
        return breakdown.trim();
    }
}
