package org.sendhub.sufficiency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.common.security.Access;
import org.sendhub.forecast.ForecastResource;
import org.sendhub.service.EhcpSetting;
import org.sendhub.sufficiency.SufficiencyDto.AddedPlaces;
import org.sendhub.sufficiency.SufficiencyDto.Scenario;
import org.sendhub.sufficiency.SufficiencyDto.Sufficiency;

/** Forecast demand against the capacity of an area's services, with a what-if scenario beside it. */
@Path("/api/v1/areas/{areaCode}/sufficiency")
@Produces(MediaType.APPLICATION_JSON)
public class SufficiencyResource {

    static final BigDecimal MAX_GROWTH_CHANGE = BigDecimal.valueOf(50);
    static final int MAX_ADDED_PLACES = 100_000;

    @Inject
    Access access;

    @Inject
    SufficiencyAnalysis sufficiency;

    @GET
    public Sufficiency sufficiency(@PathParam("areaCode") String areaCode, @QueryParam("horizon") String horizon,
            @QueryParam("growthChange") String growthChange, @QueryParam("addedPlaces") List<String> addedPlaces) {
        access.checkRead(areaCode);
        int years = ForecastResource.horizon(horizon);
        return sufficiency.analyse(areaCode, years, scenario(growthChange, addedPlaces));
    }

    /** The scenario asked for, or null: growth changed by a percentage a year, and places added by setting. */
    static Scenario scenario(String growthChange, List<String> addedPlaces) {
        var added = new ArrayList<AddedPlaces>();
        for (String item : addedPlaces == null ? List.<String>of() : addedPlaces) {
            if (item == null || item.isBlank()) {
                continue;
            }
            added.add(addedPlaces(item.trim()));
        }
        BigDecimal growth = growthChange(growthChange);
        if (growth == null && added.isEmpty()) {
            return null;
        }
        return new Scenario(growth == null ? BigDecimal.ZERO : growth, added);
    }

    private static BigDecimal growthChange(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var growth = new BigDecimal(value.trim());
            if (growth.abs().compareTo(MAX_GROWTH_CHANGE) <= 0 && growth.scale() <= 1) {
                return growth;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.badParameter("growthChange",
                "must be a percentage a year from -50 to 50, at most one decimal place (e.g. 2.5)");
    }

    private static AddedPlaces addedPlaces(String item) {
        int colon = item.indexOf(':');
        String message = "must be a setting and a number of places, e.g. special_school:40 (places from 1 to "
                + MAX_ADDED_PLACES + ")";
        if (colon < 0) {
            throw ProblemException.badParameter("addedPlaces", message);
        }
        var setting = ApiEnums.parseParameter(EhcpSetting.class, item.substring(0, colon).trim(), "addedPlaces");
        if (setting == null) {
            throw ProblemException.badParameter("addedPlaces", message);
        }
        try {
            int places = Integer.parseInt(item.substring(colon + 1).trim());
            if (places >= 1 && places <= MAX_ADDED_PLACES) {
                return new AddedPlaces(ApiEnums.apiName(setting), places);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badParameter("addedPlaces", message);
    }
}
