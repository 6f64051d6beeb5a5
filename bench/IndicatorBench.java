import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.postgresql.PGConnection;
import org.sendhub.common.security.AreaScope;
import org.sendhub.common.security.ValueReadScope;
import org.sendhub.indicator.values.IndicatorValueQuery;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The indicator benchmark (issue: JSNA indicators, point 7). On one PostgreSQL, side by side in
 * one run, it compares the API with PostgreSQL's own work on the same rows:
 *   export: API CSV rows/s  / COPY (the same query) TO STDOUT rows/s      target >= 0.5
 *   import: API import rows/s (full validation) / COPY FROM rows/s        target >= 0.25
 *           API import rows/s / COPY FROM into indicator_value itself      target >= 0.9
 *           (the same key, foreign keys and place checks: the limit for this design)
 *           (new values; a re-import of the same file, where every value is already there, is reported too)
 *   EES:    DfE's whole caseload.csv (bench/data) through /api/v1/ees-imports, every indicator column
 *           mapped, against the native import and COPY FROM of the same values: EES time a value /
 *           native time a value                                            target <= 1.10
 *   (medians of 3 rounds each, alternating; the query phase: 200 timed rounds)
 *   query:  p50/p99 of one indicator, all areas, all periods, through the API / straight in SQL
 *                                                                       target p99 < 5x
 *   profile: p50/p99 of one local authority's profile over every indicator through the API / one SQL
 *           query computing the same figures (200 timed rounds)          target p99 <= 3x
 *   benchmark: the benchmark endpoint's requests/s and p50/p99 under 32 concurrent clients (report)
 *   throughput: an area's priorities and one indicator's values for it (JSON) under 32 connections
 *           (wrk) / pgbench running the same statements with 32 clients (bench/sql/): requests/s
 *           against transactions/s, with p99s                              target >= 0.5
 *           and the machine's CPU time a request and a transaction, the backend's share apart
 *   memory: the backend's resident memory over the whole run (VmHWM), started with
 *           backend/jvm.options as in production                        target <= 300 MB
 *   start:  the backend's process start to /q/health/ready, second and third starts  target < 3 s
 * Run by `make bench` (bench/run.sh), which builds the backend, starts Keycloak and checks for wrk and pgbench.
 * Options: --areas N --indicators N --periods N (default 153 50 10: about 1.07 million values). The
 * areas are the current local authorities of the geography (153), read from the API.
 */
public class IndicatorBench {

    static final String[] NEEDS = { "SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD",
            "OTH", "NSA" };
    static final String HEADER = String.join(",", IndicatorValueQuery.COLUMNS);
    static final int PORT = 8099;
    static final String API = "http://localhost:" + PORT;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        int areas = option(args, "--areas", 153);
        int indicators = option(args, "--indicators", 50);
        int periods = option(args, "--periods", 10);
        Path work = Path.of(".data", "bench");
        Files.createDirectories(work);
        Path csv = work.resolve("values.csv");
        Path keyed = work.resolve("values-keyed.csv");

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Process backend = startBackend(url, work.resolve("backend.log"));
            var memory = new ResidentMemory(backend.pid());
            try {
                waitUntilReady(backend);
                String token = token();
                AREAS.addAll(currentLocalAuthorities(token));
                check(areas <= AREAS.size(), "--areas at most " + AREAS.size() + ", the current local authorities");
                say("Creating %d indicators through the API, for %d local authorities ...", indicators, areas);
                for (int i = 0; i < indicators; i++) {
                    post(token, "/api/v1/indicators", "application/json", String.format(
                            "{\"code\":\"%s\",\"name\":\"Bench indicator %d\",\"unit\":\"percent\","
                                    + "\"polarity\":\"lower_is_better\",\"breakdowns\":[\"primary_need\"]}",
                            indicator(i), i + 1), 201);
                }
                long rows = generate(csv, keyed, areas, indicators, periods);
                say("Generated %,d values (%d areas x %d indicators x %d periods x %d categories), %,d MB of CSV",
                        rows, areas, indicators, periods, NEEDS.length + 1, Files.size(csv) >> 20);

                try (Connection sql = DriverManager.getConnection(url, "postgres", "postgres")) {
                    var results = new ArrayList<String>();
                    results.addAll(importPhase(sql, csv, keyed, rows));
                    results.addAll(exportPhase(sql, rows));
                    results.addAll(queryPhase(sql, indicator(Math.min(6, indicators - 1))));
                    results.addAll(profilePhase(sql, indicators, areas));
                    results.addAll(concurrentBenchmarkPhase(indicators, areas));
                    results.addAll(throughputPhase(url, work, indicator(Math.min(6, indicators - 1)), backend.pid()));
                    // Last: it replaces the generated values with DfE's.
                    results.addAll(eesPhase(sql, work));
                    results.add(memory.report());
                    backend.destroy();
                    backend.waitFor();
                    results.add(warmStarts(url, work));
                    System.out.println();
                    System.out.println("SEND Hub indicator benchmark: API compared with PostgreSQL, same data, same run");
                    System.out.printf(Locale.ROOT, "%,d values; %d cores; machine noise applies: compare ratios%n",
                            rows, Runtime.getRuntime().availableProcessors());
                    results.forEach(System.out::println);
                }
            } finally {
                backend.destroy();
                backend.waitFor();
            }
        }
    }

    // ------------------------------------------------------------------ phases

    static List<String> importPhase(Connection sql, Path csv, Path keyed, long rows) throws Exception {
        say("Import: COPY FROM into a plain table, COPY FROM into indicator_value itself, and the API's import (full"
                + " validation), 3 rounds each, alternating ...");
        var copyTimes = new ArrayList<Long>();
        var keyedTimes = new ArrayList<Long>();
        var apiTimes = new ArrayList<Long>();
        for (int round = 0; round < 3; round++) {
            emptyValues(sql);
            try (Reader in = Files.newBufferedReader(keyed)) {
                long start = System.nanoTime();
                long copied = sql.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_INTO_VALUES, in);
                keyedTimes.add(System.nanoTime() - start);
                check(copied == rows, "COPY into indicator_value read " + copied + " rows");
            }
            try (var st = sql.createStatement()) {
                st.execute("CREATE UNLOGGED TABLE bench_copy_target (indicator_code text, indicator_name text,"
                        + " area_code text, area_name text, period text, period_start date, breakdown text,"
                        + " category text, value numeric, numerator numeric, denominator numeric, lower_ci numeric,"
                        + " upper_ci numeric, unit text, note text, suppression text)");
            }
            try (Reader in = Files.newBufferedReader(csv)) {
                long start = System.nanoTime();
                long copied = sql.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_copy_target FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                copyTimes.add(System.nanoTime() - start);
                check(copied == rows, "COPY read " + copied + " rows");
            }
            try (var st = sql.createStatement()) {
                st.execute("DROP TABLE bench_copy_target");
            }
            // Each API round loads the same figures as new, as a national first load does.
            emptyValues(sql);
            String token = token();
            long start = System.nanoTime();
            var response = HTTP.send(request(token, "/api/v1/indicator-values/import")
                    .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
            apiTimes.add(System.nanoTime() - start);
            check(response.statusCode() == 200, "import answered " + response.statusCode() + ": " + response.body());
            check(response.body().contains("\"inserted\":" + rows), "import report: " + response.body());
        }
        double copyRate = rows / seconds(median(copyTimes));
        double keyedRate = rows / seconds(median(keyedTimes));
        double apiRate = rows / seconds(median(apiTimes));

        // The same file again: every key is there, so the import takes its revision path (staged and
        // upserted, unchanged rows left alone). Once, for the report: a national re-import is rare.
        say("Re-import: the same file again through the API (every value already there, none changed) ...");
        long start = System.nanoTime();
        var again = HTTP.send(request(token(), "/api/v1/indicator-values/import")
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        double againRate = rows / seconds(System.nanoTime() - start);
        check(again.statusCode() == 200 && again.body().contains("\"unchanged\":" + rows),
                "re-import: " + again.statusCode() + " " + again.body());
        return List.of(line("import", "API import rows/s", apiRate, "COPY FROM rows/s", copyRate, apiRate / copyRate,
                ">= 0.25", apiRate / copyRate >= 0.25),
                line("import", "API import rows/s", apiRate, "keyed COPY rows/s", keyedRate, apiRate / keyedRate,
                        ">= 0.9", apiRate / keyedRate >= 0.9),
                line("re-import", "API import rows/s", againRate, "COPY FROM rows/s", copyRate, againRate / copyRate,
                        "(report)", true));
    }

    /** indicator_value's own columns, as the import copies them: its key, foreign keys and place checks apply. */
    static final String COPY_INTO_VALUES = "COPY indicator_value (indicator_code, area_code, period, period_start,"
            + " breakdown, category, value, numerator, denominator, lower_ci, upper_ci, note, suppression)"
            + " FROM STDIN WITH (FORMAT csv)";

    static void emptyValues(Connection sql) throws Exception {
        try (var st = sql.createStatement()) {
            st.execute("DELETE FROM indicator_value");
            st.execute("VACUUM indicator_value");
        }
    }

    /** DfE's breakdown topics of caseload.csv, as breakdown names. */
    static final String EES_TOPICS = "{\"Age when plan started\": \"age_started\", \"Child or young persons age\": \"age\","
            + " \"Ethnicity\": \"ethnicity\", \"Sex\": \"sex\", \"Years EHC plan in place\": \"years_in_place\"}";

    /**
     * DfE's whole caseload.csv (every row, every indicator column) through the EES import, against
     * the native import of the same values (exported from the first EES round) and COPY FROM of them.
     */
    static List<String> eesPhase(Connection sql, Path work) throws Exception {
        Path ees = work.resolve("caseload.csv");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("bench", "data", "caseload.csv.gz")))) {
            Files.copy(in, ees, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> lines = Files.readAllLines(ees);
        List<String> header = List.of(lines.get(0).replace("\ufeff", "").split(","));
        var mapping = new StringBuilder("{\"indicators\": {");
        String token = token();
        for (String column : header.subList(header.indexOf("breakdown") + 1, header.size())) {
            String code = "bench_ees_" + column.toLowerCase(Locale.ROOT);
            post(token, "/api/v1/indicators", "application/json", "{\"code\":\"" + code + "\",\"name\":\"EES "
                    + column + "\",\"unit\":\"count\",\"polarity\":\"no_judgement\",\"published\":true,"
                    + "\"breakdowns\":[\"age_started\",\"age\",\"ethnicity\",\"sex\",\"years_in_place\"]}", 201);
            mapping.append(mapping.charAt(mapping.length() - 1) == '{' ? "" : ", ")
                    .append('"').append(column).append("\": \"").append(code).append('"');
        }
        mapping.append("}, \"breakdown\": {\"column\": \"breakdown\", \"topicColumn\": \"breakdown_topic\","
                + " \"topics\": ").append(EES_TOPICS).append("}}");
        say("EES: DfE's caseload.csv (%,d rows, %d indicator columns) through the EES import, the native import of"
                + " the same values, and COPY FROM of them, 3 rounds each, alternating ...",
                lines.size() - 1, header.size() - header.indexOf("breakdown") - 1);
        Path nativeCsv = work.resolve("caseload-values.csv");
        var eesTimes = new ArrayList<Long>();
        var nativeTimes = new ArrayList<Long>();
        var copyTimes = new ArrayList<Long>();
        long values = -1;
        for (int round = 0; round < 3; round++) {
            emptyValues(sql);
            long start = System.nanoTime();
            var response = HTTP.send(multipart(token(), ees, mapping.toString()), HttpResponse.BodyHandlers.ofString());
            eesTimes.add(System.nanoTime() - start);
            check(response.statusCode() == 200, "EES import answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
            var inserted = Pattern.compile("\"inserted\":(\\d+)").matcher(response.body());
            check(inserted.find(), "EES report: " + response.body());
            values = Long.parseLong(inserted.group(1));
            if (round == 0) {
                exportAsAnalystsCsv(sql, nativeCsv);
            }
            emptyValues(sql);
            start = System.nanoTime();
            var imported = HTTP.send(request(token(), "/api/v1/indicator-values/import")
                    .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofFile(nativeCsv)).build(), HttpResponse.BodyHandlers.ofString());
            nativeTimes.add(System.nanoTime() - start);
            check(imported.statusCode() == 200 && imported.body().contains("\"inserted\":" + values),
                    "native import of the EES values: " + imported.statusCode() + " " + imported.body());
            try (var st = sql.createStatement()) {
                st.execute("CREATE UNLOGGED TABLE bench_copy_target (indicator_code text, indicator_name text,"
                        + " area_code text, area_name text, period text, period_start date, breakdown text,"
                        + " category text, value numeric, numerator numeric, denominator numeric, lower_ci numeric,"
                        + " upper_ci numeric, unit text, note text, suppression text)");
            }
            try (Reader in = Files.newBufferedReader(nativeCsv)) {
                start = System.nanoTime();
                sql.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_copy_target FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                copyTimes.add(System.nanoTime() - start);
            }
            try (var st = sql.createStatement()) {
                st.execute("DROP TABLE bench_copy_target");
            }
        }
        say("  (%,d values a round)", values);
        double eesMicros = median(eesTimes) / 1e3 / values;
        double nativeMicros = median(nativeTimes) / 1e3 / values;
        double copyMicros = median(copyTimes) / 1e3 / values;
        return List.of(
                line("EES", "EES us/value", eesMicros, "native us/value", nativeMicros, eesMicros / nativeMicros,
                        "<= 1.10", eesMicros / nativeMicros <= 1.10),
                line("EES", "EES us/value", eesMicros, "COPY FROM us/val", copyMicros, eesMicros / copyMicros,
                        "(report)", true));
    }

    /** The values in indicator_value as the analysts' CSV (names and unit left empty: the import does not read them). */
    static void exportAsAnalystsCsv(Connection sql, Path file) throws Exception {
        try (var out = Files.newOutputStream(file)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            sql.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT indicator_code, '', area_code, '',"
                    + " period, period_start, breakdown, category, value, numerator, denominator, lower_ci, upper_ci,"
                    + " '', note, suppression FROM indicator_value) TO STDOUT WITH (FORMAT csv)", out);
        }
    }

    static HttpRequest multipart(String token, Path file, String mapping) throws IOException {
        String boundary = "sendhub-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"caseload.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return request(token, "/api/v1/ees-imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head), HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(tail))).build();
    }

    static List<String> exportPhase(Connection sql, long rows) throws Exception {
        say("Export: COPY (the API's query) TO STDOUT and the API's CSV download, 3 rounds each, alternating ...");
        String copy = IndicatorValueQuery.of(EVERY_VALUE, List.of(), null, null, null, null).copyCsv();
        var copyTimes = new ArrayList<Long>();
        var apiTimes = new ArrayList<Long>();
        for (int round = 0; round < 3; round++) {
            var counter = new LineCounter();
            long start = System.nanoTime();
            sql.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, counter);
            copyTimes.add(System.nanoTime() - start);
            check(counter.lines == rows + 1, "COPY wrote " + counter.lines + " lines");

            String token = token();
            start = System.nanoTime();
            var response = HTTP.send(request(token, "/api/v1/indicator-values?format=csv")
                    .timeout(Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long lines;
            try (InputStream body = response.body()) {
                var apiCounter = new LineCounter();
                body.transferTo(apiCounter);
                lines = apiCounter.lines;
            }
            apiTimes.add(System.nanoTime() - start);
            check(response.statusCode() == 200 && lines == rows + 1, "API export: " + response.statusCode() + ", "
                    + lines + " lines");
        }
        double copyRate = rows / seconds(median(copyTimes));
        double apiRate = rows / seconds(median(apiTimes));
        return List.of(line("export", "API CSV rows/s", apiRate, "COPY TO rows/s", copyRate, apiRate / copyRate,
                ">= 0.5", apiRate / copyRate >= 0.5));
    }

    static List<String> queryPhase(Connection sql, String indicator) throws Exception {
        say("Query: one indicator, all areas, all periods (CSV), 20 warm-up and 200 timed rounds, alternating ...");
        String select = IndicatorValueQuery.of(EVERY_VALUE, List.of(indicator), null, null, null, null)
                .select();
        String path = "/api/v1/indicator-values?format=csv&indicator=" + indicator;
        var bare = new ArrayList<Long>();
        var api = new ArrayList<Long>();
        String token = token();
        long expected = -1;
        for (int round = 0; round < 220; round++) {
            long start = System.nanoTime();
            long rows = readAll(sql, select);
            long bareNanos = System.nanoTime() - start;
            start = System.nanoTime();
            var response = HTTP.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            var counter = new LineCounter();
            try (InputStream body = response.body()) {
                body.transferTo(counter);
            }
            long apiNanos = System.nanoTime() - start;
            check(response.statusCode() == 200 && counter.lines == rows + 1,
                    "query: " + response.statusCode() + ", " + counter.lines + " lines for " + rows + " rows");
            expected = rows;
            if (round >= 20) {
                bare.add(bareNanos);
                api.add(apiNanos);
            }
        }
        say("  (%,d rows a query)", expected);
        double bare50 = millis(percentile(bare, 50)), bare99 = millis(percentile(bare, 99));
        double api50 = millis(percentile(api, 50)), api99 = millis(percentile(api, 99));
        return List.of(
                line("query p50", "API ms", api50, "SQL ms", bare50, api50 / bare50, "(report)", true),
                line("query p99", "API ms", api99, "SQL ms", bare99, api99 / bare99, "< 5", api99 / bare99 < 5));
    }

    /**
     * The area profile (issue 12): one local authority over every indicator, through the API, against
     * one SQL query that computes the same figures (latest value, Wilson limits, England, region,
     * neighbours' mean, rank and spread among local authorities, the chi-square statistic for trend).
     * England's and the regions' figures are added as their local authorities' sums, and the totals'
     * supplied intervals are dropped so that the API computes Wilson's, as for DfE's figures.
     */
    static List<String> profilePhase(Connection sql, int indicators, int areas) throws Exception {
        say("Profile: one local authority, all %d indicators, 20 warm-up and 200 timed rounds, alternating ...",
                indicators);
        try (var st = sql.createStatement()) {
            st.executeUpdate("UPDATE indicator_value SET lower_ci = NULL, upper_ci = NULL WHERE breakdown = 'total'");
            for (String parent : List.of("'E92000001'", "p.parent_code")) {
                st.executeUpdate("INSERT INTO indicator_value (indicator_code, area_code, period, period_start,"
                        + " breakdown, category, value, numerator, denominator)"
                        + " SELECT v.indicator_code, " + parent + ", v.period, v.period_start, 'total', 'total',"
                        + " round(100.0 * sum(v.numerator) / sum(v.denominator), 3), sum(v.numerator),"
                        + " sum(v.denominator) FROM indicator_value v JOIN place p ON p.code = v.area_code"
                        + " WHERE v.breakdown = 'total' AND p.level = 'local_authority'"
                        + " GROUP BY v.indicator_code, v.period, v.period_start"
                        + (parent.startsWith("'") ? "" : ", " + parent));
            }
            st.execute("ANALYZE indicator_value");
        }
        String place = AREAS.subList(0, areas).contains("E08000003") ? "E08000003" : AREAS.get(0);
        String query = PROFILE_SQL.replace(":place", "'" + place + "'");
        String path = "/api/v1/geography/" + place + "/profile";
        var bare = new ArrayList<Long>();
        var api = new ArrayList<Long>();
        String token = token();
        for (int round = 0; round < 220; round++) {
            long start = System.nanoTime();
            long rows = readAll(sql, query);
            long bareNanos = System.nanoTime() - start;
            check(rows == indicators, "the profile SQL gave " + rows + " rows");
            start = System.nanoTime();
            var response = HTTP.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
            long apiNanos = System.nanoTime() - start;
            check(response.statusCode() == 200, "profile: " + response.statusCode() + " " + response.body());
            if (round == 0) {
                int answered = response.body().split("\"localAuthorities\"", -1).length - 1;
                check(answered == indicators, "the profile answered " + answered + " rows");
                check(response.body().contains("\"method\":\"wilson\"")
                        && response.body().contains("\"method\":\"chi_square_for_trend\""),
                        "the profile computes intervals and trends");
            }
            if (round >= 20) {
                bare.add(bareNanos);
                api.add(apiNanos);
            }
        }
        double bare50 = millis(percentile(bare, 50)), bare99 = millis(percentile(bare, 99));
        double api50 = millis(percentile(api, 50)), api99 = millis(percentile(api, 99));
        return List.of(
                line("profile p50", "API ms", api50, "SQL ms", bare50, api50 / bare50, "(report)", true),
                line("profile p99", "API ms", api99, "SQL ms", bare99, api99 / bare99, "<= 3", api99 / bare99 <= 3));
    }

    /** The profile's figures in one statement: what the API computes, for one place (":place"). */
    static final String PROFILE_SQL = """
            WITH series AS (
                SELECT v.*, row_number() OVER (PARTITION BY v.indicator_code ORDER BY v.period_start DESC) AS back
                FROM indicator_value v WHERE v.area_code = :place AND v.breakdown = 'total'),
            latest AS (SELECT * FROM series WHERE back = 1),
            neighbours AS (SELECT neighbour_code FROM statistical_neighbour WHERE place_code = :place),
            peers AS (
                SELECT l.indicator_code, l.value AS mine, v.area_code, v.value, p.level,
                       v.area_code IN (SELECT neighbour_code FROM neighbours) AS neighbour,
                       v.area_code = (SELECT parent_code FROM place WHERE code = :place) AS region
                FROM latest l
                JOIN indicator_value v ON v.indicator_code = l.indicator_code AND v.breakdown = 'total'
                     AND v.category = 'total' AND v.period = l.period
                JOIN place p ON p.code = v.area_code),
            standing AS (
                SELECT indicator_code,
                       count(value) FILTER (WHERE level = 'local_authority') AS of,
                       1 + count(*) FILTER (WHERE level = 'local_authority' AND value < mine) AS rank,
                       percentile_cont(ARRAY[0, 0.25, 0.5, 0.75, 1]) WITHIN GROUP (ORDER BY value)
                           FILTER (WHERE level = 'local_authority') AS spread,
                       max(value) FILTER (WHERE area_code = 'E92000001') AS england,
                       max(value) FILTER (WHERE region) AS region_value,
                       avg(value) FILTER (WHERE neighbour) AS neighbours_mean,
                       count(value) FILTER (WHERE neighbour) AS neighbours
                FROM peers GROUP BY indicator_code),
            trend AS (
                SELECT indicator_code, sum(numerator) AS o, sum(denominator) AS n,
                       sum(numerator * (6 - back)) AS ox, sum(denominator * (6 - back)) AS nx,
                       sum(denominator * (6 - back) * (6 - back)) AS nxx
                FROM series WHERE back <= 5 GROUP BY indicator_code)
            SELECT l.indicator_code, l.period, l.value,
                   100 * (2 * l.numerator + z * z - z * sqrt(z * z + 4 * l.numerator * (1 - l.numerator / l.denominator)))
                       / (2 * (l.denominator + z * z)) AS lower95,
                   100 * (2 * l.numerator + z * z + z * sqrt(z * z + 4 * l.numerator * (1 - l.numerator / l.denominator)))
                       / (2 * (l.denominator + z * z)) AS upper95,
                   s.england, s.region_value, s.neighbours_mean, s.neighbours, s.rank, s.of, s.spread,
                   (t.ox - t.o / t.n * t.nx) ^ 2
                       / ((t.o / t.n) * (1 - t.o / t.n) * (t.nxx - t.nx * t.nx / t.n)) AS chi_square
            FROM latest l CROSS JOIN (SELECT 1.959964 AS z) q
            JOIN standing s USING (indicator_code) JOIN trend t USING (indicator_code)
            ORDER BY l.indicator_code""";

    /** The benchmark endpoint under 32 concurrent clients: random indicators and local authorities. */
    static List<String> concurrentBenchmarkPhase(int indicators, int areas) throws Exception {
        int clients = 32;
        int each = 40;
        say("Benchmark endpoint: %d concurrent clients, %d requests each (after a warm-up) ...", clients, each);
        String token = token();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                var latencies = Collections.synchronizedList(new ArrayList<Long>());
                var random = new Random(7 + warmUp);
                var tasks = new ArrayList<Callable<Void>>();
                for (int c = 0; c < clients; c++) {
                    long seed = random.nextLong();
                    tasks.add(() -> {
                        var mine = new Random(seed);
                        for (int r = 0; r < each; r++) {
                            String path = "/api/v1/indicators/" + indicator(mine.nextInt(indicators))
                                    + "/benchmark?area=" + area(mine.nextInt(areas));
                            long start = System.nanoTime();
                            var response = HTTP.send(request(token, path).GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - start);
                            check(response.statusCode() == 200, path + ": " + response.statusCode());
                        }
                        return null;
                    });
                }
                long start = System.nanoTime();
                for (var future : pool.invokeAll(tasks)) {
                    future.get();
                }
                double elapsed = seconds(System.nanoTime() - start);
                if (warmUp == 1) {
                    double p50 = millis(percentile(latencies, 50)), p99 = millis(percentile(latencies, 99));
                    return List.of(String.format(Locale.ROOT,
                            "  %-10s %d clients: %,.0f requests/s, p50 %,.1f ms, p99 %,.1f ms   (report)",
                            "benchmark", clients, latencies.size() / elapsed, p50, p99));
                }
            }
            throw new IllegalStateException("unreachable");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Two reads as the web app makes them, each under 32 connections: an area's priorities (20, with
     * their outcomes) and one indicator's values for that area as JSON (10 periods x 14 categories),
     * through the API (wrk, 2 threads, 10 s after a 3 s warm-up) against pgbench running the
     * statements the API runs for the same request (bench/sql/, as PostgreSQL's statement log shows
     * them) with 32 clients on 2 threads, for as long, on the same database.
     */
    static List<String> throughputPhase(String url, Path work, String indicator, long backendPid) throws Exception {
        String token = token();
        String place = area(0);
        say("Throughput: %s's priorities and values, wrk and pgbench, 32 connections each ...", place);
        post(token, "/api/v1/areas", "application/json", "{\"code\":\"" + place + "\",\"name\":\"Bench area\"}", 201);
        String strategy = created(token, "/api/v1/areas/" + place + "/strategies", "{\"title\":\"Bench strategy\","
                + "\"periodStart\":\"2024-01-01\",\"periodEnd\":\"2026-12-31\",\"status\":\"active\"}");
        var outcomes = new ArrayList<String>();
        for (int o = 1; o <= 3; o++) {
            outcomes.add(created(token, "/api/v1/areas/" + place + "/outcomes", "{\"strategyId\":\"" + strategy
                    + "\",\"statement\":\"Bench outcome " + o + "\"}"));
        }
        for (int p = 1; p <= 20; p++) {
            created(token, "/api/v1/areas/" + place + "/priorities", "{\"strategyId\":\"" + strategy
                    + "\",\"title\":\"Bench priority " + p + "\",\"description\":\"A priority of the benchmark\","
                    + "\"outcomeIds\":[\"" + outcomes.get(p % 3) + "\"]}");
        }
        // The page's priorities, whose outcomes Hibernate fetches in one batch.
        var ids = new ArrayList<String>();
        try (Connection sql = DriverManager.getConnection(url, "postgres", "postgres");
                var st = sql.prepareStatement("SELECT id FROM priority WHERE area_code = ? AND NOT archived"
                        + " ORDER BY number, title, id")) {
            st.setString(1, place);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        var variables = java.util.Map.of("area", place, "indicator", indicator,
                "page_ids", "{" + String.join(",", ids) + "}");
        return List.of(
                throughput("priorities", "/api/v1/areas/" + place + "/priorities", "priorities.sql", "prepared",
                        variables, token, url, work, backendPid),
                throughput("values", "/api/v1/indicator-values?indicator=" + indicator + "&area=" + place
                        + "&size=500", "indicator-values.sql", "prepared", variables, token, url, work, backendPid));
    }

    /** How long wrk and pgbench each run for the figures, after their warm-up. */
    static final int TIMED_SECONDS = 10;

    static String throughput(String what, String path, String script, String protocol,
            java.util.Map<String, String> variables, String token, String url, Path work, long backendPid)
            throws Exception {
        var body = HTTP.send(request(token, path).build(), HttpResponse.BodyHandlers.ofString());
        check(body.statusCode() == 200, path + " answered " + body.statusCode());
        Path file = Path.of("bench", "sql", script);
        wrk(path, token, 3);
        var apiCpu = CpuTime.now(backendPid);
        double[] api = wrk(path, token, TIMED_SECONDS);
        var apiUsed = CpuTime.now(backendPid).since(apiCpu);
        pgbench(file, protocol, variables, url, work, 3);
        var sqlCpu = CpuTime.now(backendPid);
        double[] sql = pgbench(file, protocol, variables, url, work, TIMED_SECONDS);
        var sqlUsed = CpuTime.now(backendPid).since(sqlCpu);
        double ratio = api[0] / sql[0];
        double apiRequests = api[0] * TIMED_SECONDS;
        double transactions = sql[0] * TIMED_SECONDS;
        return String.format(Locale.ROOT, "  %-10s API %,8.0f requests/s, p99 %6.1f ms   pgbench %,8.0f tps,"
                + " p99 %6.1f ms   ratio %5.2f   target >= 0.5   %s%n"
                + "  %-10s CPU a request: %.2f ms (backend %.2f, the rest PostgreSQL, wrk and the kernel);"
                + " a pgbench transaction: %.2f ms", what, api[0], api[1], sql[0], sql[1], ratio,
                ratio >= 0.5 ? "met" : "MISSED", "", apiUsed.machineMs() / apiRequests,
                apiUsed.processMs() / apiRequests, sqlUsed.machineMs() / transactions);
    }

    /**
     * CPU time used so far, from /proc: the whole machine's (busy: neither idle, waiting for disk, nor
     * taken by the hypervisor) and one process's, in ms. The ratios come from one machine's cores
     * shared by client, backend and database: what each request costs in CPU says why they are what
     * they are.
     */
    record CpuTime(double machineMs, double processMs) {
        static final double MS_PER_TICK = 1000.0 / clockTicksPerSecond();

        static CpuTime now(long pid) throws IOException {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                    + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // After the command's name in parentheses: utime and stime are the 12th and 13th fields.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long process = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new CpuTime(busy * MS_PER_TICK, process * MS_PER_TICK);
        }

        CpuTime since(CpuTime before) {
            return new CpuTime(machineMs - before.machineMs, processMs - before.processMs);
        }

        private static long clockTicksPerSecond() {
            try {
                return Long.parseLong(run(List.of("getconf", "CLK_TCK"), null).trim());
            } catch (Exception e) {
                throw new IllegalStateException("getconf CLK_TCK", e);
            }
        }
    }

    /** wrk against the API: requests/s and p99 in ms. */
    static double[] wrk(String path, String token, int seconds) throws Exception {
        String out = run(List.of("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency", "-H",
                "Authorization: Bearer " + token, API + path), null);
        var rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        var p99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)").matcher(out);
        var errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        check(rate.find() && p99.find() && !errors.find(), "wrk: " + out);
        double scale = switch (p99.group(2)) {
            case "us" -> 0.001;
            case "ms" -> 1;
            default -> 1000;
        };
        return new double[] { Double.parseDouble(rate.group(1)), Double.parseDouble(p99.group(1)) * scale };
    }

    /** pgbench with the script: transactions/s and the p99 of its per-transaction log, in ms. */
    static double[] pgbench(Path script, String protocol, java.util.Map<String, String> variables, String url,
            Path work, int seconds) throws Exception {
        var port = Pattern.compile("//[^:/]+:(\\d+)/").matcher(url);
        check(port.find(), "no port in " + url);
        Path logs = work.resolve("pgbench-logs");
        if (Files.exists(logs)) {
            try (var old = Files.list(logs)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(logs);
        var command = new ArrayList<>(List.of("pgbench", "-n", "-M", protocol, "-f", script.toString(), "-c", "32",
                "-j", "2", "-T", String.valueOf(seconds), "-l", "--log-prefix=" + logs.resolve("tx"), "-h", "localhost",
                "-p", port.group(1), "-U", "postgres"));
        variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        command.add("postgres");
        String out = run(command, java.util.Map.of("PGPASSWORD", "postgres"));
        var tps = Pattern.compile("tps = ([\\d.]+)").matcher(out);
        var failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(out);
        check(tps.find() && (!failed.find() || failed.group(1).equals("0")), "pgbench: " + out);
        var latencies = new ArrayList<Long>();
        try (var files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    latencies.add(Long.parseLong(line.split(" ")[2]));
                }
            }
        }
        return new double[] { Double.parseDouble(tps.group(1)), percentile(latencies, 99) / 1000.0 };
    }

    static String run(List<String> command, java.util.Map<String, String> env) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (env != null) {
            builder.environment().putAll(env);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        check(process.waitFor() == 0, String.join(" ", command.subList(0, 1)) + " failed: " + out);
        return out;
    }

    static String created(String token, String path, String body) throws Exception {
        var response = HTTP.send(request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == 201, path + " answered " + response.statusCode() + ": " + response.body());
        var id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response.body());
        check(id.find(), path + ": no id in " + response.body());
        return id.group(1);
    }

    /** Runs a query and reads every column of every row as text, as a client would: the rows read. */
    static long readAll(Connection sql, String query) throws Exception {
        long rows = 0;
        try (var st = sql.createStatement(); var rs = st.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getString(c);
                }
                rows++;
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ data

    static final List<String> AREAS = new ArrayList<>();
    static final ValueReadScope EVERY_VALUE = new ValueReadScope(AreaScope.EVERY, AreaScope.EVERY);

    static String area(int a) {
        return AREAS.get(a);
    }

    /** The geography's current local authorities: values may belong to any place, areas or not. */
    static List<String> currentLocalAuthorities(String token) throws Exception {
        var response = HTTP.send(request(token, "/api/v1/geography?level=local_authority&size=500&sort=code").build(),
                HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == 200, "geography answered " + response.statusCode());
        var matcher = Pattern.compile("\"code\":\"(E\\d{8})\",\"name\":\"(?:[^\"\\\\]|\\\\.)*\","
                + "\"level\":\"local_authority\".*?\"ended\":(true|false)").matcher(response.body());
        var out = new ArrayList<String>();
        while (matcher.find()) {
            if (matcher.group(2).equals("false")) {
                out.add(matcher.group(1));
            }
        }
        return out;
    }

    static String indicator(int i) {
        return String.format("bench_ind_%02d", i + 1);
    }

    /** Tidy rows as an analyst's file has them: totals and 13 primary needs, with CIs around values. */
    static long generate(Path csv, Path keyed, int areas, int indicators, int periods) throws IOException {
        var random = new Random(42);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                BufferedWriter keyedOut = Files.newBufferedWriter(keyed, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < indicators; i++) {
                for (int a = 0; a < areas; a++) {
                    for (int p = 0; p < periods; p++) {
                        int year = 2014 + p;
                        for (int c = 0; c <= NEEDS.length; c++) {
                            double value = 1 + random.nextInt(40_000) / 1000.0;
                            double margin = random.nextInt(2000) / 1000.0;
                            String breakdown = c == 0 ? "total" : "primary_need";
                            String category = c == 0 ? "total" : NEEDS[c - 1];
                            out.write(String.format(Locale.ROOT,
                                    "%s,Bench indicator %d,%s,Bench area %d,%d,%d-01-01,%s,%s,%.3f,%d,%d,%.3f,%.3f,percent,,%n",
                                    indicator(i), i + 1, area(a), a + 1, year, year, breakdown, category, value,
                                    (int) (value * 10), 1000, Math.max(0, value - margin), value + margin));
                            // The same figures in indicator_value's own columns, for COPY straight into it.
                            keyedOut.write(String.format(Locale.ROOT, "%s,%s,%d,%d-01-01,%s,%s,%.3f,%d,%d,%.3f,%.3f,,%n",
                                    indicator(i), area(a), year, year, breakdown, category, value,
                                    (int) (value * 10), 1000, Math.max(0, value - margin), value + margin));
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ plumbing

    /** The backend as the run command, the image and the manifests start it: backend/jvm.options, the class archive. */
    static Process startBackend(String url, Path log) throws IOException {
        var command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(Files.readString(Path.of("backend", "jvm.options")).trim().split("\\s+")));
        // e.g. BENCH_BACKEND_JAVA_OPTS=-XX:StartFlightRecording=filename=import.jfr to profile the backend
        String options = System.getenv("BENCH_BACKEND_JAVA_OPTS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        // The class archive as the run command maps it (scripts/class-archive.sh): it names the jars by absolute path.
        Path app = Path.of("backend", "target", "quarkus-app").toAbsolutePath();
        command.addAll(List.of("-XX:SharedArchiveFile=" + app.resolve("sendhub.jsa"), "-jar",
                app.resolve("quarkus-run.jar").toString()));
        var builder = new ProcessBuilder(command);
        builder.environment().put("SENDHUB_DB_URL", url);
        builder.environment().put("SENDHUB_HTTP_PORT", String.valueOf(PORT));
        builder.environment().put("SENDHUB_DEMO_DATA", "false");
        // The benchmark is one client asking far more often than a person would: no rate limits.
        builder.environment().put("SENDHUB_RATE_LIMIT_IMPORTS", "100000");
        builder.environment().put("SENDHUB_RATE_LIMIT_EXPORTS", "100000");
        // As the image and the manifests: glibc's per-thread arenas would otherwise hold freed memory.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        say("Starting the backend on %s (log: %s) ...", API, log);
        return builder.start();
    }

    /** Waits for /q/health/ready to answer 200, asking every 20 ms: the time it took, in nanoseconds. */
    static long waitUntilReady(Process backend) throws Exception {
        long start = System.nanoTime();
        var ready = HttpRequest.newBuilder(URI.create(API + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < Duration.ofMinutes(3).toNanos()) {
            check(backend.isAlive(), "The backend exited: see its log in .data/bench/");
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime() - start;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The backend did not start: see its log in .data/bench/");
    }

    /**
     * The backend's start to ready on a database that is already migrated and loaded, as a replica
     * that is restarted or added finds it: from the process's start to /q/health/ready's 200, for
     * the second and third starts of the run.
     */
    static String warmStarts(String url, Path work) throws Exception {
        var seconds = new ArrayList<Double>();
        for (int start = 2; start <= 3; start++) {
            long begun = System.nanoTime();
            Process backend = startBackend(url, work.resolve("backend-start-" + start + ".log"));
            try {
                waitUntilReady(backend);
                seconds.add(seconds(System.nanoTime() - begun));
            } finally {
                backend.destroy();
                backend.waitFor();
            }
        }
        double second = seconds.get(0);
        return String.format(Locale.ROOT, "  %-10s process start to ready: second start %.2f s, third %.2f s"
                + "                   target < 3 s   %s", "start", second, seconds.get(1), second < 3 ? "met" : "MISSED");
    }

    /**
     * The backend's resident memory through the run: its peak (VmHWM, kept by the kernel) and the
     * largest of VmRSS sampled every 100 ms (what a container's memory limit sees, near enough).
     */
    static final class ResidentMemory {
        static final long TARGET_MB = 300;
        private final Path status;
        private volatile long sampledMaxKb;
        /** What the benchmark was doing when the largest sample was taken (the phase {@link #say} last named). */
        private volatile String sampledMaxDuring = "";
        private final Thread sampler;

        ResidentMemory(long pid) {
            status = Path.of("/proc", String.valueOf(pid), "status");
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long kb = read("VmRSS");
                    if (kb > sampledMaxKb) {
                        sampledMaxKb = kb;
                        sampledMaxDuring = phase;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private long read(String field) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.replaceAll("\\D+", ""));
                    }
                }
            } catch (IOException | NumberFormatException gone) {
                // the process has ended
            }
            return 0;
        }

        /** Read before the backend stops: the peak over the whole run. */
        String report() {
            sampler.interrupt();
            long peakMb = read("VmHWM") >> 10;
            long sampledMb = sampledMaxKb >> 10;
            // The kernel updates VmHWM when memory is unmapped, not when the JVM gives it back with
            // madvise (-XX:TrimNativeHeapInterval): a sample above it counts too.
            long highestMb = Math.max(peakMb, sampledMb);
            return String.format(Locale.ROOT, "  %-10s backend resident memory, whole run: peak (VmHWM) %d MB,"
                    + " largest sample (VmRSS) %d MB   target <= %d MB   %s%n  %-10s the largest sample was taken"
                    + " during: %s", "memory", peakMb, sampledMb, TARGET_MB, highestMb <= TARGET_MB ? "met" : "MISSED",
                    "", sampledMaxDuring.split(":")[0].replaceAll("[ .]+$", ""));
        }
    }

    static String token() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:8180/realms/sendhub/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "client_id=sendhub-cli&grant_type=password&username=admin&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        check(matcher.find(), "no token from Keycloak: " + response.body());
        return matcher.group(1);
    }

    static HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", "Bearer " + token);
    }

    static void post(String token, String path, String type, String body, int expected) throws Exception {
        var response = HTTP.send(request(token, path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == expected, path + " answered " + response.statusCode() + ": " + response.body());
    }

    /** Counts lines of a stream without keeping it. */
    static final class LineCounter extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    static String line(String what, String apiLabel, double api, String baseLabel, double base, double ratio,
            String target, boolean met) {
        return String.format(Locale.ROOT, "  %-10s %-18s %,14.1f   %-16s %,14.1f   ratio %6.2f   target %-7s %s",
                what, apiLabel, api, baseLabel, base, ratio, target, met ? "met" : "MISSED");
    }

    static long median(List<Long> values) {
        return percentile(values, 50);
    }

    static long percentile(List<Long> values, int p) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /** The phase the benchmark last announced. */
    static volatile String phase = "";

    static void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        if (!line.startsWith(" ")) {
            phase = line;
        }
        System.out.println(line);
    }
}
