package org.sendhub.indicator.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sendhub.common.problem.FieldError;
import org.sendhub.indicator.catalogue.Indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an EES open-data file becomes indicator values: which of its indicator columns become
 * which catalogue indicators, which filter column is the breakdown, and which rows to keep.
 * Columns it does not name are ignored. README "EES import" shows examples.
 *
 * @param indicators   an indicator column of the file, and what it becomes
 * @param breakdown    the filter column whose values become a breakdown's categories; none: every kept row is a total
 * @param filters      rows to keep: a column and the values it must have (one or several)
 * @param unknownPlaces {@code error} (the default): a row for a place the geography does not know is a row
 *                     error; {@code skip}: it is skipped and counted by code
 */
public record EesMapping(Map<String, Target> indicators, Breakdown breakdown,
        Map<String, Values> filters,
        String unknownPlaces) {

    /**
     * What one indicator column becomes: the values of {@code indicator}; with {@code category}, the
     * column is that category of the indicator's {@code breakdown} (EES often gives settings or
     * needs as columns). {@code numerator} and {@code denominator} name the columns of a rate's parts.
     * In a mapping, a plain string is the indicator's code.
     */
    public record Target(String indicator, String breakdown, String category, String numerator,
            String denominator) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Target of(String indicator) {
            return new Target(indicator, null, null, null, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Target {
        }

        boolean columnIsCategory() {
            return category != null;
        }
    }

    /**
     * The breakdown read from a filter column. With {@code topicColumn} (EES's {@code
     * breakdown_topic}), rows of {@code topic} become categories of {@code name}, or of each topic
     * named in {@code topics}; rows of other topics are skipped. The headline rows (where the
     * column's value is {@code total}, or, by default, where it repeats its topic, as EES's "All EHC
     * plans") are the total. {@code categories} renames values (e.g. "Female" to "female").
     */
    public record Breakdown(String column, String name, String topicColumn, String topic, Map<String, String> topics,
            String total, Map<String, String> categories) {
    }

    /** A filter's values: one ("breakdown_topic": "All EHC plans") or several (a list). */
    public record Values(@JsonValue List<String> values) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Values {
            values = List.copyOf(values);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Values of(String value) {
            return new Values(List.of(value));
        }
    }

    public static final String SKIP = "skip";

    boolean skipsUnknownPlaces() {
        return SKIP.equals(unknownPlaces);
    }

    /** The columns it reads besides EES's own time and geography columns. */
    List<String> columns() {
        var columns = new ArrayList<String>();
        indicators.forEach((column, target) -> {
            columns.add(column);
            if (target.numerator() != null) {
                columns.add(target.numerator());
            }
            if (target.denominator() != null) {
                columns.add(target.denominator());
            }
        });
        if (breakdown != null) {
            columns.add(breakdown.column());
            if (breakdown.topicColumn() != null) {
                columns.add(breakdown.topicColumn());
            }
        }
        if (filters != null) {
            columns.addAll(filters.keySet());
        }
        return columns;
    }

    /** What is wrong with it against the catalogue, as field errors under {@code mapping}. */
    List<FieldError> problems(Map<String, Indicator> catalogue) {
        var problems = new ArrayList<FieldError>();
        if (indicators == null || indicators.isEmpty()) {
            problems.add(new FieldError("mapping.indicators", "name at least one indicator column of the file and the"
                    + " catalogue indicator it becomes, e.g. {\"ehcplans\": \"ehcp_plans\"}"));
            return problems;
        }
        if (unknownPlaces != null && !SKIP.equals(unknownPlaces) && !"error".equals(unknownPlaces)) {
            problems.add(new FieldError("mapping.unknownPlaces", "must be error (the default) or skip"));
        }
        if (filters != null) {
            filters.forEach((column, values) -> {
                if (values == null || values.values().isEmpty()) {
                    problems.add(new FieldError("mapping.filters." + column, "give the value (or values) to keep"));
                }
            });
        }
        List<String> rowBreakdowns = rowBreakdowns(problems);
        indicators.forEach((column, target) -> {
            String field = "mapping.indicators." + column;
            Indicator indicator = target == null || target.indicator() == null ? null
                    : catalogue.get(target.indicator());
            if (indicator == null) {
                problems.add(new FieldError(field, (target == null || target.indicator() == null ? "names no indicator"
                        : "'" + target.indicator() + "' is not an indicator of the catalogue")
                        + ": create it first, or pick one of the catalogue"));
                return;
            }
            if (target.columnIsCategory() != (target.breakdown() != null)) {
                problems.add(new FieldError(field, "a column that is a category needs both breakdown and category"));
            } else if (target.columnIsCategory()) {
                requireBreakdown(indicator, target.breakdown(), field, problems);
            } else {
                rowBreakdowns.forEach(name -> requireBreakdown(indicator, name, field, problems));
            }
        });
        return problems;
    }

    /** The breakdown names the rows give, checking the breakdown's own settings. */
    private List<String> rowBreakdowns(List<FieldError> problems) {
        if (breakdown == null) {
            return List.of();
        }
        if (breakdown.column() == null || breakdown.column().isBlank()) {
            problems.add(new FieldError("mapping.breakdown.column", "name the filter column that holds the categories"));
        }
        if (breakdown.categories() != null && breakdown.categories().values().stream().anyMatch(c -> c == null
                || c.isBlank())) {
            problems.add(new FieldError("mapping.breakdown.categories", "each value needs the category it becomes"));
        }
        boolean one = breakdown.name() != null;
        boolean several = breakdown.topics() != null && !breakdown.topics().isEmpty();
        if (one == several) {
            problems.add(new FieldError("mapping.breakdown", "give either name (one breakdown) or topics (a breakdown"
                    + " name for each topic of topicColumn)"));
            return List.of();
        }
        if ((breakdown.topic() != null || several) && breakdown.topicColumn() == null) {
            problems.add(new FieldError("mapping.breakdown.topicColumn", "name the column that holds the topics,"
                    + " e.g. breakdown_topic"));
        }
        return one ? List.of(breakdown.name()) : List.copyOf(breakdown.topics().values());
    }

    private static void requireBreakdown(Indicator indicator, String name, String field, List<FieldError> problems) {
        if (!indicator.breakdowns.contains(name)) {
            problems.add(new FieldError(field, indicator.code + " has no breakdown '" + name + "' (it has: total"
                    + (indicator.breakdowns.isEmpty() ? "" : ", " + String.join(", ", indicator.breakdowns))
                    + "): add it to the indicator in the catalogue first"));
        }
    }
}
