package org.sendhub.indicator.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sendhub.testsupport.Api.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database keeps indicator values honest even if the code is wrong: written straight in SQL,
 * a value must name an indicator and an area that exist, and neither can be deleted.
 */
@QuarkusTest
class IndicatorValueConstraintsTest {

    static final String AREA = "E09000016";

    @Inject
    AgroalDataSource dataSource;

    String code;

    @BeforeEach
    void catalogue() {
        Api.ensureArea(AREA, "Constraint borough");
        code = "constrained_" + System.nanoTime() % 1_000_000_000L;
        as(Tokens.admin()).body(Map.of("code", code, "name", "Constrained", "unit", "count", "polarity",
                "no_judgement", "breakdowns", List.of())).post("/api/v1/indicators").then().statusCode(201);
    }

    static String values(String indicator, String area, String period) {
        return String.format("('%s', '%s', '%s', DATE '%s-01-01', 'total', 'total', 1)", indicator, area, period,
                period);
    }

    String sqlState(String sql) {
        var e = assertThrows(SQLException.class, () -> execute(sql));
        return e.getSQLState();
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    long count(String where) throws SQLException {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement();
                var rs = statement.executeQuery("SELECT count(*) FROM indicator_value WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static final String INSERT = "INSERT INTO indicator_value (indicator_code, area_code, period, period_start,"
            + " breakdown, category, value) VALUES ";

    @Test
    void aValueForAnUnknownIndicatorOrAreaIsRefusedAndTheStatementWritesNothing() throws SQLException {
        assertEquals("23503", sqlState(INSERT + values(code, AREA, "2021") + ", " + values("no_such", AREA, "2022")));
        assertEquals("23503", sqlState(INSERT + values(code, AREA, "2021") + ", " + values(code, "E09999999", "2022")));
        assertEquals(0, count("indicator_code = '" + code + "'"));

        execute(INSERT + values(code, AREA, "2021"));
        assertEquals("23503", sqlState("UPDATE indicator_value SET area_code = 'E09999999' WHERE indicator_code = '"
                + code + "'"));
        assertEquals(1, count("indicator_code = '" + code + "' AND area_code = '" + AREA + "'"));
    }

    @Test
    void aValueBelongsToAnyPlaceOfTheGeographyNotOnlyToAreas() throws SQLException {
        execute(INSERT + values(code, "E92000001", "2021") + ", " + values(code, "E12000007", "2021") + ", "
                + values(code, "E10000006", "2021"));
        assertEquals(3, count("indicator_code = '" + code + "'"));
    }

    @Test
    void aSuppressedValueHasNoFigureAndAKnownSymbol() throws SQLException {
        String insert = "INSERT INTO indicator_value (indicator_code, area_code, period, period_start, breakdown,"
                + " category, value, suppression) VALUES ('" + code + "', '" + AREA + "', '2020', DATE '2020-01-01',"
                + " 'total', 'total', ";
        assertEquals("23514", sqlState(insert + "1, 'c')"));
        assertEquals("23514", sqlState(insert + "NULL, 'y')"));
        execute(insert + "NULL, 'c')");
        assertEquals(1, count("indicator_code = '" + code + "' AND suppression = 'c' AND value IS NULL"));
    }

    @Test
    void anAreaIsALocalAuthorityOfTheGeography() {
        String insert = "INSERT INTO area (code, name, created_at, updated_at) VALUES ('%s', 'x', now(), now())";
        assertEquals("23503", sqlState(String.format(insert, "E92000001")));
        assertEquals("23503", sqlState(String.format(insert, "E12000002")));
        assertEquals("23503", sqlState(String.format(insert, "E09999999")));
    }

    @Test
    void indicatorsAreasAndPlacesAreNeverDeleted() {
        assertEquals("23001", sqlState("DELETE FROM indicator WHERE code = '" + code + "'"));
        assertEquals("23001", sqlState("DELETE FROM area WHERE code = '" + AREA + "'"));
        assertEquals("23001", sqlState("DELETE FROM place WHERE code = 'E06000028'"));
    }
}
