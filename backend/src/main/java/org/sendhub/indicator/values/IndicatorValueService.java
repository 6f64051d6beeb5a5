package org.sendhub.indicator.values;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;

import io.agroal.api.AgroalDataSource;

/** Reads indicator values: pages of JSON, or every row as CSV streamed by PostgreSQL itself. */
@ApplicationScoped
public class IndicatorValueService {

    @Inject
    AgroalDataSource dataSource;

    /**
     * Prepared statements, though the checked values are in the text: the driver keeps each parsed
     * statement, and once a connection has run one five times PostgreSQL keeps its plan (the driver's
     * prepareThreshold) instead of planning it again; a plain statement gets neither (README "Benchmarks").
     */
    public Page<IndicatorValueView> page(IndicatorValueQuery query, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            var items = new ArrayList<IndicatorValueView>();
            try (var statement = connection.prepareStatement(query.page(page.page(), page.size()));
                    var rs = statement.executeQuery()) {
                while (rs.next()) {
                    items.add(IndicatorValueView.from(rs));
                }
            }
            long total = page.totalShownBy(items.size()).orElseGet(() -> count(connection, query));
            return new Page<>(items, page.page(), page.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading indicator values failed", e);
        }
    }

    private static long count(Connection connection, IndicatorValueQuery query) {
        try (var statement = connection.prepareStatement(query.count()); var rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting indicator values failed", e);
        }
    }

    /**
     * Streams the CSV straight from PostgreSQL's COPY to the client: a million rows pass through
     * a small buffer, never held in memory.
     */
    public void writeCsv(IndicatorValueQuery query, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(query.copyCsv(), out);
        } catch (SQLException e) {
            throw new IOException("Exporting indicator values failed", e);
        }
    }
}
