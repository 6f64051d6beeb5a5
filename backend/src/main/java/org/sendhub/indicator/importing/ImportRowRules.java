package org.sendhub.indicator.importing;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendhub.common.json.StrictDates;
import org.sendhub.common.security.ValueWriter;
import org.sendhub.geography.PlaceRepository;
import org.sendhub.indicator.catalogue.Indicator;
import org.sendhub.indicator.catalogue.IndicatorRepository;

/** The checks of one row of an import, against the catalogue, the geography and the writer's rights. */
final class ImportRowRules {

    private static final int LABEL_LENGTH = 64;
    /** EES's symbols for a withheld figure: not available, not applicable, confidential, rounds to zero, low reliability. */
    private static final Set<String> SUPPRESSION = Set.of("x", "z", "c", "low", "u");

    private final Map<String, Indicator> catalogue = new HashMap<>();
    private final Set<String> knownPlaces = new HashSet<>();
    private final ValueWriter writer;
    /** Dates repeat on every row of a period: each distinct text is parsed once. */
    private final Map<String, Boolean> dates = new HashMap<>();

    ImportRowRules(IndicatorRepository indicators, PlaceRepository places, ValueWriter writer) {
        this(indicators.listAll(), places.listAll().stream().map(p -> p.code).toList(), writer);
    }

    ImportRowRules(Collection<Indicator> indicators, Collection<String> placeCodes, ValueWriter writer) {
        indicators.forEach(i -> catalogue.put(i.code, i));
        knownPlaces.addAll(placeCodes);
        this.writer = writer;
    }

    Map<String, Indicator> catalogue() {
        return catalogue;
    }

    boolean knowsPlace(String code) {
        return knownPlaces.contains(code);
    }

    boolean mayWrite(String code) {
        return writer.mayWrite(code);
    }

    /** For the keys of rows these rules passed. */
    KeyLines keyLines() {
        var breakdownNames = new HashSet<String>(Set.of("total"));
        catalogue.values().forEach(i -> breakdownNames.addAll(i.breakdowns));
        return new KeyLines(List.copyOf(catalogue.keySet()), List.copyOf(knownPlaces), breakdownNames.size());
    }

    private boolean isDate(String text) {
        return dates.computeIfAbsent(text, t -> {
            try {
                StrictDates.parse(t);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        });
    }

    /**
     * The row's fields ready to copy, or null (and errors noted) if it is bad.
     *
     * @param columns the header's: 16, or 15 for a file from before {@code suppression}
     */
    String[] check(CsvReader.Row row, int columns, RowErrors errors) {
        List<String> f = row.fields();
        int line = row.line();
        if (f.size() != columns) {
            errors.add(line, "", "has " + f.size() + " fields; every row needs " + columns + ", as the header");
            return null;
        }
        int before = errors.count;
        String code = f.get(0).trim();
        Indicator indicator = catalogue.get(code);
        if (indicator == null) {
            errors.add(line, "indicator_code", "'" + code + "' is not an indicator of the catalogue");
        }
        String area = f.get(2).trim();
        if (!knownPlaces.contains(area)) {
            errors.add(line, "area_code", "'" + area + "' is not a place of the geography (England, a region or"
                    + " a local authority, by GSS code)");
        } else if (!writer.mayWrite(area)) {
            errors.add(line, "area_code", "'" + area + "' is not one of your areas: you may import only for "
                    + String.join(", ", writer.areaCodes()));
        }
        String period = f.get(4).trim();
        if (period.isEmpty() || period.length() > 20) {
            errors.add(line, "period", "must be a label of 1 to 20 characters, such as 2023 or 2022/23");
        }
        String periodStart = f.get(5).trim();
        if (!isDate(periodStart)) {
            errors.add(line, "period_start", "'" + periodStart + "' is not a date as YYYY-MM-DD");
        }
        String breakdown = f.get(6).trim();
        String category = f.get(7).trim();
        if ("total".equals(breakdown)) {
            if (!"total".equals(category)) {
                errors.add(line, "category", "must be total when the breakdown is total");
            }
        } else if (breakdown.isEmpty()) {
            errors.add(line, "breakdown", "is empty: use total for the headline figure");
        } else if (indicator != null && !indicator.breakdowns.contains(breakdown)) {
            errors.add(line, "breakdown", "'" + breakdown + "' is not a breakdown of " + code + " (it has: total"
                    + (indicator.breakdowns.isEmpty() ? "" : ", " + String.join(", ", indicator.breakdowns)) + ")");
        }
        if (category.isEmpty() || category.length() > LABEL_LENGTH) {
            errors.add(line, "category", "must be 1 to " + LABEL_LENGTH + " characters");
        }
        if (breakdown.length() > LABEL_LENGTH) {
            errors.add(line, "breakdown", "must be at most " + LABEL_LENGTH + " characters");
        }
        BigDecimal value = number(f, 8, line, errors);
        number(f, 9, line, errors);
        BigDecimal denominator = number(f, 10, line, errors);
        BigDecimal lower = number(f, 11, line, errors);
        BigDecimal upper = number(f, 12, line, errors);
        if (denominator != null && denominator.signum() <= 0) {
            errors.add(line, "denominator", "must be more than 0");
        }
        if (value != null && lower != null && lower.compareTo(value) > 0) {
            errors.add(line, "lower_ci", "is above the value: a confidence interval must lie around it");
        }
        if (value != null && upper != null && upper.compareTo(value) < 0) {
            errors.add(line, "upper_ci", "is below the value: a confidence interval must lie around it");
        }
        String unit = f.get(13).trim();
        if (indicator != null && !unit.isEmpty() && !unit.equals(indicator.unit.name().toLowerCase())) {
            errors.add(line, "unit", "is " + unit + " but " + code + " is measured in "
                    + indicator.unit.name().toLowerCase());
        }
        String note = f.get(14);
        if (note.length() > 1000) {
            errors.add(line, "note", "must be at most 1000 characters");
        }
        String suppression = columns > 15 ? f.get(15).trim() : "";
        if (!suppression.isEmpty() && !SUPPRESSION.contains(suppression)) {
            errors.add(line, "suppression", "'" + suppression + "' is not a suppression symbol: use x (not"
                    + " available), z (not applicable), c (confidential), low (rounds to zero), u (low reliability)"
                    + " or leave it empty");
        } else if (!suppression.isEmpty() && value != null) {
            errors.add(line, "value", "must be empty: the figure is suppressed (" + suppression + ")");
        }
        if (errors.count > before) {
            return null;
        }
        return new String[] { code, area, period, periodStart, breakdown, category, f.get(8).trim(),
                f.get(9).trim(), f.get(10).trim(), f.get(11).trim(), f.get(12).trim(), note, suppression };
    }

    private static final String[] NUMBER_COLUMNS = { "", "", "", "", "", "", "", "", "value", "numerator",
            "denominator", "lower_ci", "upper_ci" };

    private static BigDecimal number(List<String> fields, int index, int line, RowErrors errors) {
        String text = fields.get(index).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(line, NUMBER_COLUMNS[index], "'" + text + "' is not a number (use digits and a . only)");
            return null;
        }
    }
}
