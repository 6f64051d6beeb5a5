package db.migration;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

/**
 * Loads England's geography from the files committed beside the code
 * ({@code src/main/resources/geography/}, DfE, Open Government Licence v3.0): England, the nine
 * regions and every upper-tier local authority, then DfE's statistical neighbours. The files are
 * copied in as they are and shaped by SQL, so the database's own checks hold every row.
 */
public class V1_8_1__load_geography extends BaseJavaMigration {

    static final String ENGLAND = "E92000001";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        execute(connection, """
                CREATE TEMP TABLE la_file (la_code text, old_la_code text, la_name text, region_code text,
                    region_name text, first_period text, last_period text) ON COMMIT DROP;
                CREATE TEMP TABLE neighbour_file (la_code text, la_name text, rank smallint, neighbour_code text,
                    neighbour_name text, closeness text) ON COMMIT DROP""");
        copy(connection, "la_file", "/geography/local-authorities.csv");
        copy(connection, "neighbour_file", "/geography/statistical-neighbours-2025.csv");
        execute(connection, """
                INSERT INTO place (code, name, level) VALUES ('%s', 'England', 'country');
                INSERT INTO place (code, name, level, parent_code, parent_level)
                    SELECT DISTINCT region_code, region_name, 'region', '%s', 'country' FROM la_file;
                INSERT INTO place (code, name, level, parent_code, parent_level, old_la_code, first_period,
                        last_period, ended)
                    SELECT la_code, la_name, 'local_authority', region_code, 'region', old_la_code, first_period,
                        last_period, last_period < (SELECT max(last_period) FROM la_file)
                    FROM la_file;
                INSERT INTO statistical_neighbour (place_code, rank, neighbour_code, closeness)
                    SELECT la_code, rank, neighbour_code, replace(lower(closeness), ' ', '_') FROM neighbour_file"""
                .formatted(ENGLAND, ENGLAND));
    }

    private void copy(Connection connection, String table, String resource) throws Exception {
        try (InputStream csv = getClass().getResourceAsStream(resource)) {
            if (csv == null) {
                throw new IllegalStateException("The geography file " + resource + " is missing from the build");
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')", csv);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
