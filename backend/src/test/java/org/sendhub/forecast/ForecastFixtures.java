package org.sendhub.forecast;

import static io.restassured.RestAssured.given;
import static org.sendhub.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import org.sendhub.testsupport.ContractFilter;
import org.sendhub.testsupport.Tokens;

/** Count indicators and their yearly figures, made through the API for forecast tests. */
public final class ForecastFixtures {

    private ForecastFixtures() {
    }

    /** Makes a count indicator exist (admin), whatever earlier tests did. */
    public static void countIndicator(String code, boolean published, List<String> breakdowns) {
        int status = as(Tokens.admin()).body(Map.of("code", code, "name", "Test count " + code, "unit", "count",
                "polarity", "no_judgement", "published", published, "breakdowns", breakdowns))
                .post("/api/v1/indicators").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("Could not create indicator " + code + ": " + status);
        }
    }

    /**
     * Imports one series of academic years from {@code firstYear}: a value, or {@code x} for a
     * figure the source withheld.
     */
    public static void academicYears(String indicator, String place, String breakdown, String category,
            int firstYear, String... values) {
        var csv = new StringBuilder("indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,"
                + "category,value,numerator,denominator,lower_ci,upper_ci,unit,note,suppression\n");
        for (int i = 0; i < values.length; i++) {
            int year = firstYear + i;
            boolean withheld = values[i].equals("x");
            csv.append(indicator).append(",x,").append(place).append(",x,").append(year).append('/')
                    .append(String.format("%02d", (year + 1) % 100)).append(',').append(year).append("-09-01,")
                    .append(breakdown).append(',').append(category).append(',').append(withheld ? "" : values[i])
                    .append(",,,,,,,").append(withheld ? "x" : "").append('\n');
        }
        given().filter(new ContractFilter()).auth().oauth2(Tokens.admin()).contentType("text/csv")
                .accept("application/json").body(csv.toString()).post("/api/v1/indicator-values/import").then()
                .statusCode(200);
    }
}
