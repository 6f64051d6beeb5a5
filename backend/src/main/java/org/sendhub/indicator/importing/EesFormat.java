package org.sendhub.indicator.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sendhub.common.problem.InputRules;
import org.sendhub.geography.Geography;

/**
 * An EES open-data file read through its mapping: each kept row gives one of the analysts' rows
 * per mapped indicator column. The place comes from {@code geographic_level} (National, Regional,
 * Local authority; other levels are skipped and counted), the period from {@code time_period}
 * and {@code time_identifier}, a symbol in a value cell becomes the value's suppression. Rows of
 * places the writer may not write (an editor's other authorities) are skipped and counted.
 */
final class EesFormat implements ImportFormat {

    static final int PREVIEW_ROWS = 10;
    private static final int ANALYSTS_ROW = 16;
    private static final List<String> REQUIRED = List.of("time_period", "time_identifier", "geographic_level");
    /** EES's symbols, and the older ones DfE's earlier files carry (~ for low, : for not available). */
    private static final Map<String, String> SYMBOLS = Map.of("x", "x", "z", "z", "c", "c", "low", "low", "u", "u",
            "~", "low", ":", "x");
    private static final Map<String, String> LEVEL_COLUMNS = Map.of("National", "country_code", "Regional",
            "region_code", "Local authority", "new_la_code");

    /** What the reading skipped, and a preview of what it gave: the EES import's report adds them. */
    static final class Tally {
        long fileRows;
        final Map<String, Long> otherLevels = new TreeMap<>();
        final Map<String, Long> unknownPlaces = new TreeMap<>();
        long filteredOut;
        long otherBreakdowns;
        long emptyCells;
        long otherAreas;
        final List<List<String>> preview = new ArrayList<>();
    }

    private record Column(String name, int index, EesMapping.Target target, int numerator, int denominator) {
    }

    private final EesMapping mapping;
    /** The import's own rules: the places it knows and the writer's rights. */
    private ImportRowRules rules;
    private final EesTimePeriods periods = new EesTimePeriods();
    private Tally tally = new Tally();
    private final List<Column> columns = new ArrayList<>();
    private final Map<Integer, Set<String>> filters = new HashMap<>();
    private int timePeriod;
    private int timeIdentifier;
    private int level;
    private final Map<String, Integer> levelColumns = new HashMap<>();
    private int width;
    private int breakdownColumn = -1;
    private int topicColumn = -1;

    EesFormat(EesMapping mapping) {
        this.mapping = mapping;
    }

    Tally tally() {
        return tally;
    }

    @Override
    public String name() {
        return "ees";
    }

    @Override
    public int width() {
        return ANALYSTS_ROW;
    }

    @Override
    public boolean readHeader(List<String> header, ImportRowRules rules, RowErrors errors) {
        InputRules.throwIfAny(mapping.problems(rules.catalogue()));
        this.rules = rules;
        // An import may read the file twice (see IndicatorImport): each reading starts afresh.
        tally = new Tally();
        columns.clear();
        filters.clear();
        levelColumns.clear();
        width = header.size();
        var missing = new ArrayList<String>();
        var needed = new ArrayList<>(REQUIRED);
        needed.addAll(mapping.columns());
        for (String name : needed) {
            if (!header.contains(name) && !missing.contains(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(1, missing.get(0), "the file has no column " + String.join(", ", missing) + " (is it an EES"
                    + " open-data CSV, and the mapping the one for this file?)");
            return false;
        }
        timePeriod = header.indexOf("time_period");
        timeIdentifier = header.indexOf("time_identifier");
        level = header.indexOf("geographic_level");
        LEVEL_COLUMNS.forEach((levelName, column) -> levelColumns.put(levelName, header.indexOf(column)));
        mapping.indicators().forEach((name, target) -> columns.add(new Column(name, header.indexOf(name), target,
                target.numerator() == null ? -1 : header.indexOf(target.numerator()),
                target.denominator() == null ? -1 : header.indexOf(target.denominator()))));
        if (mapping.filters() != null) {
            mapping.filters().forEach((column, values) -> filters.put(header.indexOf(column), new HashSet<>(values.values())));
        }
        if (mapping.breakdown() != null) {
            breakdownColumn = header.indexOf(mapping.breakdown().column());
            if (mapping.breakdown().topicColumn() != null) {
                topicColumn = header.indexOf(mapping.breakdown().topicColumn());
            }
        }
        return true;
    }

    @Override
    public void translate(CsvReader.Row row, RowErrors errors, Consumer<CsvReader.Row> out) {
        tally.fileRows++;
        List<String> f = row.fields();
        int line = row.line();
        if (f.size() != width) {
            errors.add(line, "", "has " + f.size() + " fields; every row needs " + width + ", as the header");
            return;
        }
        String levelName = field(f, level);
        Integer placeColumn = levelColumns.get(levelName);
        if (placeColumn == null || placeColumn < 0) {
            tally.otherLevels.merge(levelName, 1L, Long::sum);
            return;
        }
        for (var filter : filters.entrySet()) {
            if (!filter.getValue().contains(field(f, filter.getKey()))) {
                tally.filteredOut++;
                return;
            }
        }
        String[] breakdown = breakdown(f);
        if (breakdown == null) {
            tally.otherBreakdowns++;
            return;
        }
        String place = levelName.equals("National") && field(f, placeColumn).isEmpty() ? Geography.ENGLAND
                : field(f, placeColumn);
        if (!rules.knowsPlace(place)) {
            if (mapping.skipsUnknownPlaces()) {
                tally.unknownPlaces.merge(place.isEmpty() ? "(empty)" : place, 1L, Long::sum);
            } else {
                errors.add(line, LEVEL_COLUMNS.get(levelName), "'" + place + "' is not a place of the geography"
                        + " (DfE's older files carry codes retired by boundary changes): correct it, or set"
                        + " \"unknownPlaces\": \"skip\" in the mapping");
            }
            return;
        }
        if (!rules.mayWrite(place)) {
            // An EES file is national: an editor takes their own areas' rows from it, and nothing else.
            tally.otherAreas++;
            return;
        }
        EesTimePeriods.Period period;
        try {
            period = periods.of(field(f, timePeriod), field(f, timeIdentifier));
        } catch (EesTimePeriods.UnknownPeriodException e) {
            errors.add(line, "time_identifier", e.getMessage());
            return;
        }
        boolean total = "total".equals(breakdown[0]);
        for (Column column : columns) {
            if (column.target().columnIsCategory() && !total) {
                continue;
            }
            String cell = field(f, column.index());
            if (cell.isEmpty()) {
                tally.emptyCells++;
                continue;
            }
            String suppression = SYMBOLS.get(cell);
            if (suppression == null && !isNumber(cell)) {
                errors.add(line, column.name(), "'" + cell + "' is neither a number nor an EES symbol (x, z, c, low,"
                        + " u)");
                continue;
            }
            String numerator = suppression == null ? number(f, column.numerator()) : "";
            String denominator = suppression == null ? number(f, column.denominator()) : "";
            if (!denominator.isEmpty() && new BigDecimal(denominator).signum() <= 0) {
                // A rate of nothing (no plans issued): the parts say nothing, the published figure stands.
                numerator = "";
                denominator = "";
            }
            var target = column.target();
            String[] fields = { target.indicator(), "", place, "", period.label(), period.start().toString(),
                    target.columnIsCategory() ? target.breakdown() : breakdown[0],
                    target.columnIsCategory() ? target.category() : breakdown[1],
                    suppression == null ? cell : "", numerator, denominator, "", "", "", "",
                    suppression == null ? "" : suppression };
            List<String> translated = List.of(fields);
            if (tally.preview.size() < PREVIEW_ROWS) {
                tally.preview.add(translated);
            }
            out.accept(new CsvReader.Row(line, translated));
        }
    }

    /** {breakdown, category} of the row, or null when the mapping does not take its topic. */
    private String[] breakdown(List<String> f) {
        var mapped = mapping.breakdown();
        if (mapped == null) {
            return new String[] { "total", "total" };
        }
        String value = field(f, breakdownColumn);
        String topic = topicColumn < 0 ? null : field(f, topicColumn);
        boolean headline = mapped.total() != null ? mapped.total().equals(value) : value.equals(topic);
        if (headline) {
            return new String[] { "total", "total" };
        }
        String name;
        if (mapped.topics() != null) {
            name = mapped.topics().get(topic);
        } else {
            name = mapped.topic() == null || mapped.topic().equals(topic) ? mapped.name() : null;
        }
        if (name == null) {
            return null;
        }
        String category = mapped.categories() == null ? value : mapped.categories().getOrDefault(value, value);
        return new String[] { name, category };
    }

    /** A numerator's or denominator's cell: a number, or empty (a symbol or blank gives no part). */
    private static String number(List<String> f, int index) {
        if (index < 0) {
            return "";
        }
        String cell = field(f, index);
        return isNumber(cell) ? cell : "";
    }

    private static String field(List<String> f, int index) {
        return index < f.size() ? f.get(index).trim() : "";
    }

    private static boolean isNumber(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
