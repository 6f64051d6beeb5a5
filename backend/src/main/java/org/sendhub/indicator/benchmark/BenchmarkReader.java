package org.sendhub.indicator.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * The figures a benchmark needs, in a few set-based queries whatever the number of indicators:
 * a place's series, every local authority's and the named places' figures for one period of
 * each series, and the named places' whole series for charts.
 */
@ApplicationScoped
public class BenchmarkReader {

    @Inject
    AgroalDataSource dataSource;

    /** Every figure of the place for these indicators, by series, oldest first. */
    public Map<SeriesKey, List<FigureRow>> seriesOf(String place, Collection<String> indicators) {
        return grouped("SELECT " + FigureRow.COLUMNS + " FROM indicator_value v"
                + " WHERE v.area_code = ? AND v.indicator_code = ANY(?)"
                + " ORDER BY v.indicator_code, v.breakdown, v.category, v.period_start, v.period",
                (connection, statement) -> {
                    statement.setString(1, place);
                    statement.setArray(2, texts(connection, indicators));
                });
    }

    /** One period of a series: every local authority's figure, and every figure by place. */
    record PeerFigures(List<FigureRow> localAuthorities, Map<String, FigureRow> byPlace) {

        static PeerFigures none() {
            return new PeerFigures(List.of(), Map.of());
        }
    }

    /** For each series at its period: every local authority's figure and those of the named places. */
    Map<SeriesKey, PeerFigures> figuresAt(Map<SeriesKey, String> periods, Collection<String> namedPlaces) {
        var indicators = new ArrayList<String>();
        var breakdowns = new ArrayList<String>();
        var categories = new ArrayList<String>();
        var labels = new ArrayList<String>();
        periods.forEach((key, period) -> {
            indicators.add(key.indicator());
            breakdowns.add(key.breakdown());
            categories.add(key.category());
            labels.add(period);
        });
        var out = new HashMap<SeriesKey, PeerFigures>();
        read("SELECT " + FigureRow.COLUMNS + ", p.level = 'local_authority' FROM indicator_value v"
                + " JOIN unnest(?, ?, ?, ?) AS k(indicator_code, breakdown, category, period)"
                + " USING (indicator_code, breakdown, category, period)"
                + " JOIN place p ON p.code = v.area_code"
                + " WHERE p.level = 'local_authority' OR v.area_code = ANY(?)",
                (connection, statement) -> {
                    statement.setArray(1, texts(connection, indicators));
                    statement.setArray(2, texts(connection, breakdowns));
                    statement.setArray(3, texts(connection, categories));
                    statement.setArray(4, texts(connection, labels));
                    statement.setArray(5, texts(connection, namedPlaces));
                },
                rs -> {
                    var row = FigureRow.from(rs);
                    var peers = out.computeIfAbsent(row.key(),
                            k -> new PeerFigures(new ArrayList<>(), new HashMap<>()));
                    peers.byPlace().put(row.areaCode(), row);
                    if (rs.getBoolean(FigureRow.COLUMN_COUNT + 1)) {
                        peers.localAuthorities().add(row);
                    }
                });
        return out;
    }

    /** The whole series of each of the places, oldest first. */
    List<FigureRow> seriesOfPlaces(SeriesKey key, Collection<String> places) {
        var rows = grouped("SELECT " + FigureRow.COLUMNS + " FROM indicator_value v"
                + " WHERE v.indicator_code = ? AND v.breakdown = ? AND v.category = ? AND v.area_code = ANY(?)"
                + " ORDER BY v.period_start, v.period",
                (connection, statement) -> {
                    statement.setString(1, key.indicator());
                    statement.setString(2, key.breakdown());
                    statement.setString(3, key.category());
                    statement.setArray(4, texts(connection, places));
                });
        return rows.getOrDefault(key, List.of());
    }

    /** Every local authority's figures of one breakdown of an indicator, by category, place and period. */
    public List<FigureRow> localAuthorityFigures(String indicator, String breakdown) {
        var rows = grouped("SELECT " + FigureRow.COLUMNS + " FROM indicator_value v JOIN place p ON p.code = v.area_code"
                + " WHERE v.indicator_code = ? AND v.breakdown = ? AND p.level = 'local_authority'"
                + " ORDER BY v.category, v.area_code, v.period_start, v.period",
                (connection, statement) -> {
                    statement.setString(1, indicator);
                    statement.setString(2, breakdown);
                });
        return rows.values().stream().flatMap(List::stream).toList();
    }

    private interface Binder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private Map<SeriesKey, List<FigureRow>> grouped(String sql, Binder binder) {
        var out = new LinkedHashMap<SeriesKey, List<FigureRow>>();
        read(sql, binder, rs -> {
            var row = FigureRow.from(rs);
            out.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
        });
        return out;
    }

    private void read(String sql, Binder binder, RowReader rows) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(connection, statement);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading figures for a benchmark failed", e);
        }
    }

    private static Array texts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
