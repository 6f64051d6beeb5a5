package org.sendhub.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendhub.testsupport.Api;
import org.sendhub.testsupport.Fixtures;
import org.sendhub.testsupport.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Links stay within one area even if the code is wrong: written straight in SQL, a link between
 * records of two areas is refused by the database, and so is a strategy of another area.
 */
@QuarkusTest
class LinkConstraintsTest {

    static final String AREA = "E09000017";
    static final String OTHER_AREA = "E09000018";

    @Inject
    AgroalDataSource dataSource;

    String strategy;
    String priority;
    String otherStrategy;
    String otherOutcome;

    @BeforeEach
    void records() {
        Api.ensureArea(AREA, "Linked borough");
        Api.ensureArea(OTHER_AREA, "Unlinked borough");
        String editor = Tokens.editor(AREA);
        String otherEditor = Tokens.editor(OTHER_AREA);
        strategy = Fixtures.strategy(AREA, editor);
        priority = Fixtures.priority(AREA, editor, strategy, List.of());
        otherStrategy = Fixtures.strategy(OTHER_AREA, otherEditor);
        otherOutcome = Fixtures.outcome(OTHER_AREA, otherEditor, otherStrategy);
    }

    String sqlState(String sql) {
        return assertThrows(SQLException.class, () -> execute(sql)).getSQLState();
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aLinkAcrossAreasIsRefusedByTheDatabase() throws SQLException {
        assertEquals("23503", sqlState("INSERT INTO priority_outcome (priority_id, outcome_id) VALUES ('" + priority
                + "', '" + otherOutcome + "')"));
        String sameArea = Fixtures.outcome(AREA, Tokens.editor(AREA), strategy);
        execute("INSERT INTO priority_outcome (priority_id, outcome_id) VALUES ('" + priority + "', '" + sameArea
                + "')");
        assertEquals("23503", sqlState("UPDATE priority_outcome SET outcome_id = '" + otherOutcome
                + "' WHERE priority_id = '" + priority + "'"));
    }

    @Test
    void aStrategyOfAnotherAreaIsRefusedByTheDatabase() {
        assertEquals("23503", sqlState("UPDATE priority SET strategy_id = '" + otherStrategy + "' WHERE id = '"
                + priority + "'"));
        assertEquals("23503", sqlState("UPDATE outcome SET area_code = '" + AREA + "' WHERE id = '" + otherOutcome
                + "'"));
    }
}
