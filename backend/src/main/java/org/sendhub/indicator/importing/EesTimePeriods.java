package org.sendhub.indicator.importing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EES's {@code time_period} and {@code time_identifier} as SEND Hub's period label and start
 * (the start orders a series). Academic years start on 1 September, financial years on 1 April,
 * tax years on 6 April; quarters run three months from the year's start; terms start in
 * September (autumn), January (spring) and April (summer). README "EES import" lists them all.
 */
final class EesTimePeriods {

    /** A period as SEND Hub keeps it. */
    record Period(String label, LocalDate start) {
    }

    /** A time period this reader cannot place, with the reason for the row's error. */
    static final class UnknownPeriodException extends Exception {
        UnknownPeriodException(String message) {
            super(message);
        }
    }

    private static final Pattern QUARTERS = Pattern.compile("(.+) Q([1-4])(?:-([1-4]))?");
    private static final Pattern WEEK = Pattern.compile("Week ([1-9]|[1-4][0-9]|5[0-3])");
    private static final Pattern FINANCIAL_PART = Pattern.compile("Part ([12]) \\((April to September|October to March)\\)");

    /** A file repeats a handful of periods on every row: each is worked out once. */
    private final Map<String, Object> known = new HashMap<>();

    Period of(String timePeriod, String timeIdentifier) throws UnknownPeriodException {
        Object cached = known.computeIfAbsent(timePeriod + '\u0000' + timeIdentifier, key -> {
            try {
                return parse(timePeriod.trim(), timeIdentifier.trim());
            } catch (UnknownPeriodException e) {
                return e;
            }
        });
        if (cached instanceof UnknownPeriodException e) {
            throw e;
        }
        return (Period) cached;
    }

    static Period parse(String period, String identifier) throws UnknownPeriodException {
        switch (identifier) {
            case "Academic year":
                return new Period(academic(period), LocalDate.of(twoYears(period), 9, 1));
            case "Calendar year":
                return new Period(String.valueOf(oneYear(period)), LocalDate.of(oneYear(period), 1, 1));
            case "Financial year":
                return new Period(financial(period), LocalDate.of(twoYears(period), 4, 1));
            case "Tax year":
                return new Period("TY " + financial(period), LocalDate.of(twoYears(period), 4, 6));
            case "Reporting year":
                return new Period(String.valueOf(oneYear(period)), LocalDate.of(oneYear(period), 1, 1));
            case "Autumn term":
                return new Period(academic(period) + " autumn term", LocalDate.of(twoYears(period), 9, 1));
            case "Spring term":
                return new Period(academic(period) + " spring term", LocalDate.of(twoYears(period) + 1, 1, 1));
            case "Summer term":
                return new Period(academic(period) + " summer term", LocalDate.of(twoYears(period) + 1, 4, 1));
            case "Autumn and spring term":
                return new Period(academic(period) + " aut+spr", LocalDate.of(twoYears(period), 9, 1));
            default:
                return other(period, identifier);
        }
    }

    private static Period other(String period, String identifier) throws UnknownPeriodException {
        Matcher quarters = QUARTERS.matcher(identifier);
        if (quarters.matches()) {
            int first = Integer.parseInt(quarters.group(2));
            String last = quarters.group(3);
            if (last != null && Integer.parseInt(last) <= first) {
                throw unknown(identifier);
            }
            Period year = parse(period, quarters.group(1));
            String label = year.label() + " Q" + first + (last == null ? "" : "-" + last);
            return new Period(label, year.start().plusMonths(3L * (first - 1)));
        }
        Matcher part = FINANCIAL_PART.matcher(identifier);
        if (part.matches()) {
            int number = Integer.parseInt(part.group(1));
            if ((number == 1) != part.group(2).startsWith("April")) {
                throw unknown(identifier);
            }
            return new Period(financial(period) + " part " + number,
                    LocalDate.of(twoYears(period), number == 1 ? 4 : 10, 1));
        }
        Matcher week = WEEK.matcher(identifier);
        if (week.matches()) {
            int year = oneYear(period);
            int number = Integer.parseInt(week.group(1));
            // Week 1 holds 4 January (ISO 8601); a week starts on Monday.
            LocalDate start = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(number - 1L);
            if (start.get(IsoFields.WEEK_BASED_YEAR) != year) {
                throw new UnknownPeriodException(year + " has no week " + number);
            }
            return new Period(String.format(Locale.ROOT, "%d-W%02d", year, number), start);
        }
        for (Month month : Month.values()) {
            String name = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
            if (identifier.equals(name)) {
                int year = oneYear(period);
                return new Period(String.format(Locale.ROOT, "%d-%02d", year, month.getValue()),
                        LocalDate.of(year, month, 1));
            }
        }
        throw unknown(identifier);
    }

    private static UnknownPeriodException unknown(String identifier) {
        return new UnknownPeriodException("'" + identifier + "' is not a time identifier SEND Hub reads: Academic,"
                + " Calendar, Financial or Tax year (each with Q1 to Q4 and ranges such as Q1-2), Reporting year,"
                + " Financial year Part 1 or 2, Autumn, Spring or Summer term, Autumn and spring term, a month"
                + " (January to December) or Week 1 to Week 53");
    }

    private static int oneYear(String period) throws UnknownPeriodException {
        if (!period.matches("(19|20)\\d\\d")) {
            throw new UnknownPeriodException("'" + period + "' is not a year of four digits, such as 2024");
        }
        return Integer.parseInt(period);
    }

    /** The first year of a six-digit period such as 202425, whose second year must follow it. */
    private static int twoYears(String period) throws UnknownPeriodException {
        if (period.matches("(19|20)\\d{4}")) {
            int first = Integer.parseInt(period.substring(0, 4));
            if ((first + 1) % 100 == Integer.parseInt(period.substring(4))) {
                return first;
            }
        }
        throw new UnknownPeriodException("'" + period + "' is not two following years of six digits, such as 202425");
    }

    private static String academic(String period) throws UnknownPeriodException {
        return twoYears(period) + "/" + period.substring(4);
    }

    private static String financial(String period) throws UnknownPeriodException {
        return twoYears(period) + "-" + period.substring(4);
    }

}
